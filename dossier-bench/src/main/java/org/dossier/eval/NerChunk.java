package org.dossier.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entity as conlleval counts it: a run of tokens of one sentence with a type. Two chunks match
 * when sentence, first and end token and type are all equal.
 *
 * @param sentence the sentence's index in its document
 * @param first    the first token's index in the sentence
 * @param end      one past the last token
 * @param type     {@code PER}, {@code ORG}, {@code LOC} or {@code MISC}
 */
public record NerChunk(int sentence, int first, int end, String type) {

    public NerChunk {
        if (sentence < 0 || first < 0 || end <= first) {
            throw new IllegalArgumentException("a chunk needs a sentence and tokens [first, end), got sentence "
                    + sentence + " [" + first + ", " + end + ")");
        }
        Objects.requireNonNull(type, "type");
    }

    /**
     * The chunks of one sentence's tags, conlleval's way for IOB1 and IOB2 alike: a chunk starts at a
     * {@code B-} tag or at an {@code I-} tag whose type differs from the tag before, and runs over the
     * following {@code I-} tags of its type.
     */
    public static List<NerChunk> of(int sentence, List<String> tags) {
        List<NerChunk> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
            String t = prefix.equals("O") ? null : tag.substring(2);
            boolean continues = t != null && t.equals(type) && prefix.equals("I");
            if (type != null && !continues) {
                out.add(new NerChunk(sentence, start, i, type));
                type = null;
            }
            if (t != null && !continues) {
                start = i;
                type = t;
            }
        }
        return out;
    }
}
