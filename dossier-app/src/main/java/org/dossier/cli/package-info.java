/**
 * The {@code dossier} command line (picocli): parses arguments, runs the batch, prints progress on
 * stderr and a summary for people or {@code --json} for programs. It holds no pipeline logic and
 * turns every failure into a message and an exit code, never a stack trace.
 */
package org.dossier.cli;
