package org.dossier.server;

import java.nio.file.Path;
import java.util.List;
import org.dossier.server.api.IngestApi;

/**
 * The child process of {@link UploadTempDirsIT}: a server whose uploads never finish, to be killed
 * in the middle of one. Prints {@code port N} when it listens and {@code ingesting} once an upload's
 * files are on disk, then waits to be killed.
 *
 * <p>Arguments: the directory to spool uploads under.
 */
public final class KilledUploadServer {
    private KilledUploadServer() {
    }

    public static void main(String[] args) throws Exception {
        ServerConfig config = ServerConfig.loopback(0, ServerApiContract.TOKEN).withTempDir(Path.of(args[0]));
        UploadDirs uploads = UploadDirs.open(config.tempDir());
        IngestApi ingest = new IngestApi((files, label) -> {
            System.out.println("ingesting");
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("interrupted");
        }, config.maxUploadBytes(), uploads);
        DossierServer server = new DossierServer(config, ingest.routes(), app -> { }, "test", uploads).start();
        System.out.println("port " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    static List<String> command(Path tempParent) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                KilledUploadServer.class.getName(), tempParent.toString());
    }
}
