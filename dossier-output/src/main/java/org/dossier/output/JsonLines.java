package org.dossier.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JSON-lines file: one object per line, written with a streaming generator so field order is
 * exactly the contract's. The file appears under its name whole, when {@link #close()}d; until then
 * it is written as its {@linkplain AtomicFiles#part part}. Not thread-safe; one writer per file.
 */
public final class JsonLines implements Closeable {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private final Path path;
    private final Writer out;
    private final JsonGenerator json;
    private boolean written;
    private boolean closed;

    public JsonLines(Path path) {
        this.path = path;
        try {
            this.out = new BufferedWriter(Files.newBufferedWriter(AtomicFiles.part(path), StandardCharsets.UTF_8), 1 << 16);
            this.json = FACTORY.createGenerator(out);
            // one object per line: this class puts the newline between root values itself, so that
            // objects rendered elsewhere (writeRendered) may be written among them
            json.setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Writes one object; {@code body} fills it between the braces. */
    public void write(JsonBody body) {
        try {
            separate();
            json.writeStartObject();
            body.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Writes one object that {@link #render} turned into a line (on another machine, say). */
    public void writeRendered(String line) {
        if (line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a rendered object must be one line, got " + line.length() + " characters with a newline");
        }
        try {
            separate();
            json.writeRaw(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** One object as the line {@link #write} would write for it, without the newline. */
    public static String render(JsonBody body) {
        java.io.StringWriter text = new java.io.StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render a JSON object: " + e.getMessage(), e);
        }
        return text.toString();
    }

    private void separate() throws IOException {
        if (written) {
            json.writeRaw('\n');
        }
        written = true;
    }

    /** Finishes the file and moves it into place; a second call does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            json.writeRaw('\n');
            json.close();
            out.close();
            AtomicFiles.publish(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish " + path + ": " + e.getMessage(), e);
        }
    }

    /** The fields of one object. */
    @FunctionalInterface
    public interface JsonBody {
        void write(JsonGenerator json) throws IOException;
    }

    /** Writes one record's fields. */
    @FunctionalInterface
    public interface Fields<T> {
        void write(JsonGenerator json, T record) throws IOException;
    }
}
