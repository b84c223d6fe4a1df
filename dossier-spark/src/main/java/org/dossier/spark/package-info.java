/**
 * Dossier as a Spark job: {@link org.dossier.spark.DossierJob} is the {@code spark-submit} entry
 * point; {@link org.dossier.spark.SparkDossier} runs the per-article stages on the executors, one
 * task per slice of an input file ({@link org.dossier.spark.InputSlice}), with the models loaded
 * once per executor JVM ({@link org.dossier.spark.ExecutorStages}), then the pipeline's own
 * cross-article steps and the CLI's dossier writer. Records cross JVMs as
 * {@link org.dossier.store.json.RecordJson} bytes. This package places the work; it computes nothing
 * the pipeline does not.
 */
package org.dossier.spark;
