import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.ingest.ReadResult;

/** Reads a WARC through Dossier's ingest only (no extraction) and prints pages/s and MB/s of payload. */
public class ReadWarc {
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        long bytes = 0;
        long pages = 0;
        long failed = 0;
        try (Stream<ReadResult> s = new PageReader(Limits.DEFAULT).read(InputFile.of(Path.of(args[0])))) {
            for (Iterator<ReadResult> it = s.iterator(); it.hasNext(); ) {
                switch (it.next()) {
                    case ReadResult.Page p -> {
                        pages++;
                        bytes += p.page().bytes().length;
                    }
                    case ReadResult.Failed f -> failed++;
                }
            }
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%d pages, %d failed, %.0f MB of payload in %.1f s: %.0f pages/s, %.0f MB/s%n",
                pages, failed, bytes / 1e6, sec, pages / sec, bytes / 1e6 / sec);
    }
}
