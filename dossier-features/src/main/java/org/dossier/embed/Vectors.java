package org.dossier.embed;

/** Small dense-vector helpers for unit-length embeddings. */
public final class Vectors {

    private Vectors() {
    }

    /** {@code v / divisor}, scaled to unit length (left at zero when it is zero). */
    public static float[] normalize(float[] v, float divisor) {
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] /= divisor;
            norm += v[i] * v[i];
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) norm;
            }
        }
        return v;
    }

    public static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors differ in length: " + a.length + " and " + b.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
