package org.dossier.eval;

import java.util.List;

/**
 * The benchmark's scores over a set of pages.
 *
 * @param pages      pages scored
 * @param precision  mean over pages of TP/(TP+FP)
 * @param recall     mean over pages of TP/(TP+FN)
 * @param f1         harmonic mean of the two means
 * @param accuracy   share of pages whose word sequence equals the truth's
 * @param pooledF1   F1 from per-page TP/FP/FN normalised to sum 1 and then averaged (the variant
 *                   some published scripts compute), for comparison
 * @param perPage    each page's figures
 */
public record ExtractionScore(int pages, double precision, double recall, double f1, double accuracy, double pooledF1,
                              List<PageScore> perPage) {

    /** One page's figures. */
    public record PageScore(String id, double precision, double recall, boolean exact, long tp, long fp, long fn) {
    }

    public static ExtractionScore of(List<PageScore> pages) {
        if (pages.isEmpty()) {
            return new ExtractionScore(0, 0, 0, 0, 0, 0, List.of());
        }
        double p = pages.stream().mapToDouble(PageScore::precision).average().orElse(0);
        double r = pages.stream().mapToDouble(PageScore::recall).average().orElse(0);
        double acc = pages.stream().filter(PageScore::exact).count() / (double) pages.size();
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (PageScore s : pages) {
            double total = s.tp() + s.fp() + s.fn();
            if (total > 0) {
                tp += s.tp() / total;
                fp += s.fp() / total;
                fn += s.fn() / total;
            }
        }
        double pp = tp + fp == 0 ? 0 : tp / (tp + fp);
        double pr = tp + fn == 0 ? 0 : tp / (tp + fn);
        return new ExtractionScore(pages.size(), p, r, f1(p, r), acc, f1(pp, pr), List.copyOf(pages));
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
