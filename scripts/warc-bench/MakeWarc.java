import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes COPIES copies of a directory of .html.gz pages as one WARC.gz of response records: a big crawl to read. */
public class MakeWarc {
    public static void main(String[] args) throws Exception {
        Path html = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int copies = Integer.parseInt(args[2]);
        List<Path> files;
        try (var s = Files.list(html)) {
            files = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        byte[][] pages = new byte[files.size()][];
        for (int i = 0; i < pages.length; i++) {
            try (var in = new GZIPInputStream(Files.newInputStream(files.get(i)))) {
                pages[i] = in.readAllBytes();
            }
        }
        long raw = 0;
        try (WarcWriter w = new WarcWriter(FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            for (int c = 0; c < copies; c++) {
                for (int i = 0; i < pages.length; i++) {
                    ByteArrayOutputStream http = new ByteArrayOutputStream();
                    http.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + pages[i].length + "\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    http.writeBytes(pages[i]);
                    raw += http.size();
                    w.write(new WarcResponse.Builder(URI.create("https://copy" + c + ".example/page" + i)).date(Instant.EPOCH)
                            .body(MediaType.HTTP_RESPONSE, http.toByteArray()).build());
                }
            }
        }
        System.out.println(copies * pages.length + " records, " + raw / 1_000_000 + " MB of HTTP responses, "
                + Files.size(out) / 1_000_000 + " MB on disk");
    }
}
