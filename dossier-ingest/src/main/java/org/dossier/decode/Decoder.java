package org.dossier.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Problem;
import org.dossier.model.RawPage;
import org.dossier.model.RejectCode;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes a page's bytes. Binary formats are told by their magic numbers ({@link MediaSniffer});
 * the charset comes from, in order, a byte-order mark, the declared content type, an HTML
 * {@code <meta>} declaration, strict UTF-8 validity, and statistical detection. Thread-safe.
 */
public final class Decoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Share of control characters above which decoded "text" is really binary or mis-decoded. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private final MediaSniffer sniffer = new MediaSniffer();

    public Decoding decode(RawPage page) {
        byte[] bytes = page.bytes();
        if (isBlank(bytes)) {
            return new Decoding.Undecodable(RejectCode.EMPTY, bytes.length == 0 ? "the file is empty" : "the file holds only white space");
        }
        Optional<String> binary = sniffer.binaryType(bytes, page.source());
        if (binary.isPresent()) {
            return new Decoding.Undecodable(RejectCode.NOT_TEXT, "not a text or HTML page: its bytes are " + binary.get());
        }
        List<Problem> problems = new ArrayList<>();
        Bom bom = Bom.of(bytes);
        Charset charset = bom.charset();
        int skip = bom.length();
        if (charset == null) {
            charset = declared(page, bytes, problems);
        }
        if (charset == null) {
            charset = utf16WithoutBom(bytes);
        }
        if (charset == null && isUtf8(bytes)) {
            charset = StandardCharsets.UTF_8;
        }
        Optional<MixedLines.Mixed> mixed = charset == null ? MixedLines.decode(bytes) : Optional.empty();
        String text;
        if (mixed.isPresent()) {
            charset = mixed.get().legacy();
            text = mixed.get().text();
            int legacy = mixed.get().legacyLines();
            problems.add(new Problem("decode", "charset-mixed", "the text mixes charsets: " + mixed.get().utf8Lines()
                    + (mixed.get().utf8Lines() == 1 ? " line is" : " lines are") + " UTF-8 and " + legacy
                    + (legacy == 1 ? " is" : " are") + " not, decoded as " + charset.name() + " (statistical detection)"));
            replaced(mixed.get().replaced(), charset, problems);
        } else {
            if (charset == null) {
                charset = sniff(bytes);
                problems.add(new Problem("decode", "charset-guessed",
                        "no charset declared and not UTF-8; decoded as " + charset.name() + " by statistical detection"));
            }
            text = decodeLenient(bytes, skip, charset, problems);
        }
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            return new Decoding.Undecodable(RejectCode.UNREADABLE_ENCODING,
                    "decoding as " + charset.name() + " gives control characters: binary data or an unknown encoding");
        }
        if (text.isBlank()) {
            return new Decoding.Undecodable(RejectCode.EMPTY, "the file holds only white space");
        }
        MediaKind kind = looksLikeHtml(page, text) ? MediaKind.HTML : MediaKind.TEXT;
        Optional<String> xml = kind == MediaKind.TEXT ? XmlProlog.notAPage(page, text) : Optional.empty();
        if (xml.isPresent()) {
            return new Decoding.Undecodable(RejectCode.UNSUPPORTED, xml.get());
        }
        return new Decoding.Decoded(new DecodedPage(page, text, charset, kind, problems));
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static Charset declared(RawPage page, byte[] bytes, List<Problem> problems) {
        Optional<String> header = page.contentType().flatMap(ct -> group(HEADER_CHARSET.matcher(ct)));
        Optional<String> meta = group(META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096),
                StandardCharsets.ISO_8859_1)));
        for (Optional<String> name : List.of(header, meta)) {
            if (name.isPresent()) {
                Optional<Charset> cs = charset(name.get());
                if (cs.isPresent()) {
                    // a page that declares Latin-1 or ASCII but is valid multi-byte UTF-8 is UTF-8:
                    // browsers treat the labels as windows-1252, and the mis-declaration is common
                    Charset c = cs.get();
                    if (isLatin1Label(c) && hasMultibyteUtf8(bytes) && isUtf8(bytes)) {
                        problems.add(new Problem("decode", "charset-mislabelled",
                                "declared " + name.get() + " but the bytes are UTF-8; decoded as UTF-8"));
                        return StandardCharsets.UTF_8;
                    }
                    return isLatin1Label(c) ? WINDOWS_1252 : c;
                }
                problems.add(new Problem("decode", "charset-unknown", "declared charset '" + name.get() + "' is not known"));
            }
        }
        return null;
    }

    private static boolean isLatin1Label(Charset c) {
        return c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII);
    }

    private static Optional<String> group(Matcher m) {
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        try {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals("utf8")) {
                n = "utf-8";
            }
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** UTF-16 without a BOM shows as NUL bytes on every other position of ASCII-heavy text. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenZero++;
            }
            if (bytes[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    static boolean isUtf8(byte[] bytes) {
        return Utf8.isValid(bytes, 0, bytes.length);
    }

    private static boolean hasMultibyteUtf8(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** The statistical detector's charset for {@code bytes}, windows-1252 when it has none. */
    static Charset sniff(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        Optional<Charset> cs = Optional.ofNullable(detector.getDetectedCharset()).flatMap(Decoder::charset);
        return cs.orElse(WINDOWS_1252);
    }

    private static String decodeLenient(byte[] bytes, int skip, Charset charset, List<Problem> problems) {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer chars;
        try {
            chars = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a REPLACE decoder does not throw", e);
        }
        String text = chars.toString();
        replaced(text.chars().filter(c -> c == '\uFFFD').count(), charset, problems);
        return text;
    }

    private static void replaced(long replaced, Charset charset, List<Problem> problems) {
        if (replaced > 0) {
            problems.add(new Problem("decode", "bytes-replaced",
                    replaced + " byte sequences were not valid " + charset.name() + " and were replaced"));
        }
    }

    private static double controlShare(String text) {
        int n = Math.min(text.length(), 1 << 16);
        if (n == 0) {
            return 0;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7f) {
                control++;
            }
        }
        return (double) control / n;
    }

    private static boolean looksLikeHtml(RawPage page, String text) {
        Optional<String> type = page.contentType().map(t -> t.toLowerCase(Locale.ROOT));
        if (type.isPresent() && (type.get().startsWith("text/html") || type.get().startsWith("application/xhtml"))) {
            return true;
        }
        String src = page.source().toLowerCase(Locale.ROOT);
        if (src.endsWith(".txt") || src.endsWith(".txt.gz")) {
            return false;
        }
        String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html")
                || head.contains("<head") || head.contains("<body") || src.endsWith(".html") || src.endsWith(".htm")
                || src.endsWith(".html.gz") || src.endsWith(".htm.gz") || src.endsWith(".xhtml");
    }
}
