package org.textmend.fixers.unicode;

import java.util.List;

/**
 * Clean test sentences written for textmend in many languages and scripts. Every one is NFC, and
 * every fixer of the default pipeline must leave every one byte-identical.
 */
final class Sentences {

  private Sentences() {}

  /** A sentence with the name of its language or kind. */
  record Sentence(String language, String text) {
    @Override
    public String toString() {
      return language;
    }
  }

  /** Sentences in scripts where inserted invisible characters are unambiguous junk. */
  static final List<Sentence> ALL =
      List.of(
          new Sentence(
              "English",
              "It’s a “quick” test — isn’t it? Prices rose 5% to £3.50… or €4, says Dr. O’Neil."),
          new Sentence(
              "English loanwords", "The naïve café owner’s résumé listed a fiancée in Zürich."),
          new Sentence(
              "French",
              "« Où est la bibliothèque\u00A0? » demanda l’élève. Ça coûte 12\u00A0€, voilà\u00A0!"),
          new Sentence(
              "French capitals",
              "L’ŒUVRE COMPLÈTE DU «\u00A0CHÂTEAU\u00A0» EST À PARIS, DIT «CAFÉ» À L’ÉTÉ."),
          new Sentence(
              "French elision", "Qu’à cela ne tienne : l’hôtel, c’est déjà ça, à côté de l’île."),
          new Sentence(
              "German",
              "„Die Straße“, sagte Jürgen, „ist für Fußgänger gesperrt.“ Größe: 3×4 m², 21 °C."),
          new Sentence(
              "German capitals",
              "ÄRGER ÜBER DIE STRAßE“ – »Übermäßig schöne Öfen« in GÖTTINGEN, sagt Ö’Brien."),
          new Sentence(
              "Spanish",
              "¿Dónde está el niño? ¡Qué año tan extraño! La canción de España suena así."),
          new Sentence(
              "Spanish capitals", "EL AÑO PASADO, LA ESTACIÓN CERRÓ; «ESPAÑA» GANÓ EN MÁLAGA."),
          new Sentence(
              "Portuguese",
              "NÃO SEI SE SÃO PAULO É MAIOR. A irmã da mãe não está em São Tomé, ÃO? É sim."),
          new Sentence(
              "Portuguese 2",
              "Ações, informações e coração: é você quem decide o “IRMÃ” da canção."),
          new Sentence(
              "Turkish",
              "İstanbul’da ağır ışık; Şişli’deki öğrenciler çok güçlü. IĞDIR ŞEHRİ ÇOK GÜZEL."),
          new Sentence(
              "Vietnamese",
              "Tiếng Việt có nhiều dấu: người, được, những, thương. Hà Nội và Đà Nẵng ở đâu?"),
          new Sentence("Vietnamese capitals", "VIỆT NAM: ÂU LẠC, CÂU CHUYỆN “ĐẤT NƯỚC” ẤY."),
          new Sentence(
              "Polish",
              "Zażółć gęślą jaźń. Łódź leży w środkowej Polsce; źródło wiedzy, ŻÓŁW i ŚLĄSK."),
          new Sentence(
              "Russian",
              "Съешь же ещё этих мягких французских булок, да выпей чаю. «Привет», — сказал он."),
          new Sentence(
              "Greek",
              "Ξεσκεπάζω την ψυχοφθόρα βδελυγμία. Η Αθήνα είναι η πρωτεύουσα της Ελλάδας."),
          new Sentence("Czech", "Příliš žluťoučký kůň úpěl ďábelské ódy; ČESKÁ REPUBLIKA."),
          new Sentence("Romanian", "Știință și țară: ÎNCĂ O ZI ÎN ROMÂNIA, la Brașov."),
          new Sentence(
              "Icelandic", "Þórður fór í ævintýraferð til Reykjavíkur með ömmu sinni og Æsu."),
          new Sentence("Scandinavian", "Åsa och Øystein åt blåbär på Ærø; ÅRHUS ligger i Danmark."),
          new Sentence("Catalan", "La col·lecció de l’escola és a Lleida, amb el pa amb tomàquet."),
          new Sentence("Hungarian", "Árvíztűrő tükörfúrógép: őszi ŐZ és ŰR, a Dunán túl."),
          new Sentence(
              "Emoji",
              "Great job 👍🏽! Family 👨‍👩‍👧‍👦, coder 👩🏻‍💻, flag 🏳️‍🌈 and 🇫🇷, heart ❤️, 1️⃣."),
          new Sentence(
              "Mathematics",
              "Let ε > 0; then ∀x ∈ ℝ, |f(x) − L| ≤ ε and ∑ xᵢ² ≥ 0, π ≈ 3.14 ± 0.01, ½ ∞."),
          new Sentence("Arabic", "اللغة العربية جميلة جداً، والعدد ١٢٣ مكتوب هنا."),
          new Sentence("Hebrew", "שלום עולם! זהו משפט קצר בעברית, עם ניקוד: שָׁלוֹם."),
          new Sentence("Persian", "من می‌خواهم کتاب‌ها را در خانه‌ام بخوانم."),
          new Sentence("Hindi", "हिन्दी में क्ष, त्र और ज्ञ जैसे संयुक्ताक्षर होते हैं।"),
          new Sentence("Hindi joiners", "आधा क्‍ष और पूरा क्‌ष अलग दिखते हैं।"),
          new Sentence("Bengali", "আমি বাংলায় গান গাই, র‍্যাব আর ক্ষমা।"),
          new Sentence("Chinese", "中文文本包含汉字，例如“你好，世界”。价格是¥100。"),
          new Sentence("Japanese", "日本語のテキストです。カタカナとひらがな、漢字が混ざります。"),
          new Sentence("Korean", "한국어 문장입니다. 안녕하세요, 세계!"),
          new Sentence("Mixed direction", "The word שלום\u200E means peace, and سلام too."),
          new Sentence("Thai", "ภาษาไทย\u200Bไม่มี\u200Bช่องว่าง\u200Bระหว่างคำ"),
          new Sentence(
              "Symbols", "© 2005 Acme™ — Café® №5, 10 °F → 12 °C, 3 × 4 ÷ 2, §12 ¶3, • item."),
          new Sentence("Box drawing", "┌──┐\n│ab│ ├─┤ ╔══╗ ║é║ ╚══╝\n└──┘"),
          new Sentence(
              "Ampersands", "AT&T and R&D; Q&A with M&S, &c. Tom & Jerry; fish&chips; &nbsp"),
          new Sentence("Soft line break", "a long inter\u00AD\nnational word"));

  /** The sentences where inserting an invisible character between two letters is damage. */
  static List<Sentence> spaced() {
    return ALL.stream()
        .filter(s -> !s.language().equals("Thai") && !s.language().equals("Soft line break"))
        .toList();
  }
}
