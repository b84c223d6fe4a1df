/**
 * Dossier as a Spark job: {@link org.dossier.spark.DossierJob} is the {@code spark-submit} entry
 * point; {@link org.dossier.spark.SparkDossier} runs the per-article stages on the executors, one
 * task per slice of an input file ({@link org.dossier.spark.InputSlice}), with the models loaded
 * once per executor JVM ({@link org.dossier.spark.ExecutorStages}), then the cross-article stages
 * and the dossier writer of the CLI. {@link org.dossier.spark.RecordCodec} carries the model's
 * records between JVMs.
 */
package org.dossier.spark;
