package org.textmend.fixers.unicode;

import com.ibm.icu.text.Normalizer2;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;

/**
 * Brings text to a Unicode normalisation form: NFC by default, NFKC on request.
 *
 * <p>Example (NFC): {@code "cafe\u0301"} (an {@code e} followed by a combining acute accent, as
 * macOS file names and some PDF extractors write it) → {@code "café"} (one precomposed character).
 * NFC never changes what a reader sees; it only makes equal text equal byte for byte, so that
 * searching, counting and the later fixers work.
 *
 * <p>With {@code form=nfkc} (the command line's {@code --nfkc}) compatibility characters are
 * replaced too: {@code "ﬁ"} → {@code "fi"}, {@code "²"} → {@code "2"}, full-width {@code "Ａ"} →
 * {@code "A"}. That changes meaning ("x²" becomes "x2"), so it is opt-in.
 *
 * <p>Already normal text yields no edits: ICU's quick check skips the normal stretches, and only
 * the segments between two normalisation boundaries that are not normal are replaced. A segment
 * without a boundary for more than {@value #MAX_SEGMENT} characters (thousands of stacked combining
 * marks, which is not text) is left as it is, so that the time stays linear. Immutable and
 * thread-safe.
 */
public final class UnicodeNormalizeFixer implements Fixer {

  /** The fixer's name. */
  public static final String NAME = "unicode-normalize";

  static final int MAX_SEGMENT = 4096;

  /** The normalisation forms this fixer offers. */
  public enum Form {
    /** Canonical composition: changes nothing a reader sees. */
    NFC,
    /** Compatibility composition: also folds ligatures, superscripts, full-width forms. */
    NFKC
  }

  private final Form form;
  private final Normalizer2 normalizer;

  /** A fixer that normalises to {@code form}. */
  public UnicodeNormalizeFixer(Form form) {
    this.form = form;
    this.normalizer =
        form == Form.NFC ? Normalizer2.getNFCInstance() : Normalizer2.getNFKCInstance();
  }

  /** The form this fixer normalises to. */
  public Form form() {
    return form;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Edit> edits(String text) {
    int length = text.length();
    int yes = normalizer.spanQuickCheckYes(text);
    if (yes == length) {
      return List.of();
    }
    List<Edit> edits = new ArrayList<>();
    int at = yes;
    while (at < length) {
      // `at` is a normalisation boundary and the character there failed the quick check; the
      // segment runs to the next character that has a boundary before it.
      int end = at + Character.charCount(text.codePointAt(at));
      while (end < length) {
        int c = text.codePointAt(end);
        if (normalizer.hasBoundaryBefore(c)) {
          break;
        }
        end += Character.charCount(c);
      }
      if (end - at <= MAX_SEGMENT) {
        String segment = text.substring(at, end);
        String normal = normalizer.normalize(segment);
        if (!normal.equals(segment)) {
          edits.add(new Edit(at, end, normal));
        }
      }
      if (end >= length) {
        break;
      }
      at = end + normalizer.spanQuickCheckYes(CharBuffer.wrap(text, end, length));
    }
    return edits;
  }

  /** Registers {@code unicode-normalize}: parameter {@code form=nfc|nfkc} (default nfc). */
  public static final class Provider implements FixerProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String summary() {
      return "Unicode normalisation: NFC (form=nfkc also folds ligatures, superscripts, widths)";
    }

    @Override
    public Fixer create(FixerArgs args) {
      String value = args.get("form", "nfc").strip().toLowerCase(Locale.ROOT);
      Form form;
      switch (value) {
        case "nfc":
          form = Form.NFC;
          break;
        case "nfkc":
          form = Form.NFKC;
          break;
        default:
          throw new IllegalArgumentException(
              NAME + ": parameter form must be nfc or nfkc, not \"" + value + "\"");
      }
      args.requireNoneLeft();
      return new UnicodeNormalizeFixer(form);
    }
  }
}
