/**
 * Assembles one dossier run from the stages: loads the models once ({@link org.dossier.pipeline.Stages}),
 * streams per-article results to the writer and runs the cross-article stages at the end
 * ({@link org.dossier.pipeline.DossierAssembler}) and the cross-article stages ({@link org.dossier.pipeline.CrossArticle}), whose result is a {@link org.dossier.model.DossierResult}. It wires; the stages own the logic.
 */
package org.dossier.pipeline;
