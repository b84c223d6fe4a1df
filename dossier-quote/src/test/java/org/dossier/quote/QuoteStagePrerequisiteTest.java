package org.dossier.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.dossier.model.TaggedArticle;
import org.dossier.nlp.NlpAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quote stage declares its prerequisite with a type: it takes what only the NLP stage's tagging
 * step gives. These tests compile small pipelines against the real classes and show that one missing
 * the step is a compile error naming the missing type, not a run that finds no tags.
 */
class QuoteStagePrerequisiteTest {
    @TempDir
    Path out;

    @Test
    void aPipelineWhoseAnalysisTagsFeedsTheQuoteStage() {
        List<Diagnostic<? extends JavaFileObject>> errors = compile("""
                import org.dossier.model.AnalysedArticle;
                import org.dossier.model.Article;
                import org.dossier.nlp.NlpAnalyzer;
                import org.dossier.quote.QuoteExtractor;

                class Pipeline {
                    static AnalysedArticle run(NlpAnalyzer nlp, QuoteExtractor quotes, Article article) {
                        return quotes.annotate(nlp.analyse(article));
                    }
                }
                """);
        assertEquals(List.of(), errors);
    }

    @Test
    void aPipelineWithoutTheTaggingStepDoesNotCompile() {
        List<Diagnostic<? extends JavaFileObject>> errors = compile("""
                import org.dossier.model.AnalysedArticle;
                import org.dossier.model.Article;
                import org.dossier.nlp.ArticleAnalyzer;
                import org.dossier.quote.QuoteExtractor;

                class Pipeline {
                    static AnalysedArticle run(ArticleAnalyzer untagged, QuoteExtractor quotes, Article article) {
                        return quotes.annotate(untagged.analyse(article));
                    }
                }
                """);
        assertTypeError(errors, "AnalysedArticle cannot be converted to org.dossier.model.TaggedArticle");
    }

    @Test
    void rawTextCannotReachTheQuoteStageUntagged() {
        List<Diagnostic<? extends JavaFileObject>> errors = compile("""
                import java.util.List;
                import org.dossier.model.Quote;
                import org.dossier.quote.QuoteExtractor;

                class Pipeline {
                    static List<Quote> run(QuoteExtractor quotes, String text) {
                        return quotes.extract(text, List.of());
                    }
                }
                """);
        assertTypeError(errors, "String cannot be converted to org.dossier.model.TaggedText");
    }

    private static void assertTypeError(List<Diagnostic<? extends JavaFileObject>> errors, String expected) {
        assertEquals(1, errors.size(), () -> "one error expected, got " + messages(errors));
        String message = errors.getFirst().getMessage(Locale.ROOT);
        assertTrue(message.contains("incompatible types") && message.contains(expected), message);
    }

    /** The errors of compiling {@code source} (one class, Pipeline) against this module and the NLP stage. */
    private List<Diagnostic<? extends JavaFileObject>> compile(String source) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///Pipeline.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        String classPath = Stream.of(TaggedArticle.class, QuoteExtractor.class, NlpAnalyzer.class)
                .map(QuoteStagePrerequisiteTest::location).distinct().collect(Collectors.joining(File.pathSeparator));
        List<String> options = List.of("-classpath", classPath, "-d", out.toString(), "-proc:none", "-Xlint:none");
        javac.getTask(null, null, diagnostics, options, null, List.of(unit)).call();
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no class path entry for " + c, e);
        }
    }

    private static String messages(List<Diagnostic<? extends JavaFileObject>> errors) {
        return errors.stream().map(d -> d.getMessage(Locale.ROOT)).toList().toString();
    }
}
