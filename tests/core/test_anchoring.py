"""Re-anchoring annotations when an article's text is revised (annotator.core.anchoring)."""

import random
import time

from annotator.core.anchoring import (
    ACCEPT,
    Anchor,
    OffsetMap,
    TextDiff,
    _Finder,
    agreement,
    diff_texts,
    reanchor,
)
from annotator.core.text import context, normalize_text

ARTICLE = normalize_text(
    "Plan social chez Nuvia\n\n"
    "«\u00a0Nous supprimerons 14\u202f000 postes d'ici 2025\u00a0», a déclaré Marc Durand, "
    "PDG de Nuvia, lors d'une conférence téléphonique.\n\n"
    "Le syndicat dénonce «\u00a0un plan brutal\u00a0». Plus de 2400 salariés sont concernés "
    "sur le site de Lyon, selon la CGT.\n\n"
    "Le ministre de l'Économie a promis de recevoir les représentants du personnel "
    "la semaine prochaine."
)


def anchor(text, words, nth=0, anchor_id=None):
    """An annotation on the nth occurrence of `words`, as the store keeps it."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    end = start + len(words)
    prefix, suffix = context(text, start, end)
    return Anchor(anchor_id or words, start, end, words, prefix, suffix)


def placed(result, new_text):
    """id -> the words now under each placed annotation (checked against the text)."""
    spans = {}
    for p in (*result.unchanged, *result.moved):
        assert new_text[p.start:p.end] == p.exact
        spans[p.id] = p.exact
    return spans


def every_id_once(result, anchors):
    ids = [p.id for p in (*result.unchanged, *result.moved)] + [o.id for o in result.orphaned]
    assert sorted(ids) == sorted(a.id for a in anchors)  # nothing lost, nothing twice


def test_insertion_before_a_span_moves_it_by_the_inserted_length():
    anchors = [anchor(ARTICLE, "Marc Durand"), anchor(ARTICLE, "2400 salariés")]
    inserted = "Mise à jour le 3 mars à 18\u00a0h.\n\n"
    new = inserted + ARTICLE
    result = reanchor(ARTICLE, new, anchors)
    assert result.unchanged == [] and result.orphaned == []
    for p, a in zip(result.moved, anchors, strict=True):
        assert (p.start, p.end) == (a.start + len(inserted), a.end + len(inserted))
        assert p.confidence == 1.0 and p.method == "diff" and not p.text_changed


def test_words_inserted_right_against_a_span_do_not_join_it():
    anchors = [anchor(ARTICLE, "Marc Durand"), anchor(ARTICLE, "PDG de Nuvia")]
    new = ARTICLE.replace("a déclaré Marc Durand, PDG", "a déclaré M. Marc Durand, le PDG")
    result = reanchor(ARTICLE, new, anchors)
    assert placed(result, new) == {"Marc Durand": "Marc Durand", "PDG de Nuvia": "PDG de Nuvia"}
    assert all(not p.text_changed and p.confidence >= ACCEPT for p in result.moved)


def test_an_edit_inside_a_span_keeps_it_on_the_edited_words():
    quote = "Nous supprimerons 14\u202f000 postes d'ici 2025"
    anchors = [anchor(ARTICLE, quote), anchor(ARTICLE, "14\u202f000 postes"),
               anchor(ARTICLE, "2400 salariés")]
    new = ARTICLE.replace("14\u202f000", "14\u202f500").replace("2400", "2500")
    result = reanchor(ARTICLE, new, anchors)
    assert placed(result, new) == {
        quote: "Nous supprimerons 14\u202f500 postes d'ici 2025",
        "14\u202f000 postes": "14\u202f500 postes",
        "2400 salariés": "2500 salariés",
    }
    assert all(p.text_changed and ACCEPT <= p.confidence < 1 for p in result.moved)


def test_a_long_quote_retouched_at_both_ends_is_still_found():
    quote = ("Le ministre de l'Économie a promis de recevoir les représentants du personnel "
             "la semaine prochaine")
    new = ARTICLE.replace("Le ministre de l'Économie", "La ministre de l'Économie").replace(
        "la semaine prochaine", "la semaine suivante")
    result = reanchor(ARTICLE, new, [anchor(ARTICLE, quote)])
    (p,) = result.moved
    assert p.exact == ("La ministre de l'Économie a promis de recevoir les représentants du "
                       "personnel la semaine suivante")
    assert p.text_changed and p.confidence >= ACCEPT


def test_bitap_finds_a_long_text_by_its_head_and_tail():
    quote = ("Le ministre de l'Économie a promis de recevoir les représentants du personnel "
             "la semaine prochaine")
    new = ARTICLE.replace("Le ministre de l'Économie", "« Le ministre de l’Économie").replace(
        "la semaine prochaine", "la semaine prochaine »")
    start = new.index("Le ministre")
    end = new.index("prochaine") + len("prochaine")
    # Looked for 30 characters away from where it is (as after an edit before it).
    assert _Finder(ARTICLE, new)._fuzzy(quote, start - 30) == [(start, end)]


def test_a_deleted_span_becomes_an_orphan_and_nothing_is_lost():
    anchors = [anchor(ARTICLE, "2400 salariés"), anchor(ARTICLE, "un plan brutal"),
               anchor(ARTICLE, "Marc Durand")]
    new = ARTICLE.replace("Plus de 2400 salariés sont concernés sur le site de Lyon, "
                          "selon la CGT.", "")
    result = reanchor(ARTICLE, new, anchors)
    assert [o.id for o in result.orphaned] == ["2400 salariés"]
    assert result.orphaned[0].confidence < ACCEPT
    assert placed(result, new) == {"un plan brutal": "un plan brutal",
                                   "Marc Durand": "Marc Durand"}
    every_id_once(result, anchors)


def test_deleted_words_found_again_in_another_sentence_are_not_taken_for_them():
    text = normalize_text(
        "Le chômage a baissé de 2 % en un an, selon l'Insee.\n\n"
        "Les prix ont augmenté de 2 % sur la même période, a précisé l'institut.")
    a = anchor(text, "2 %")  # the first: in the sentence about unemployment
    new = text.replace("Le chômage a baissé de 2 % en un an, selon l'Insee.\n\n", "")
    result = reanchor(text, new, [a])
    assert [o.id for o in result.orphaned] == ["2 %"]


def test_text_made_ten_times_longer_by_paragraphs_everywhere():
    rng = random.Random(4)
    words = ("le gouvernement annonce une réforme des retraites dont le coût atteindrait "
             "douze milliards d'euros selon la Cour des comptes qui publie son rapport").split()
    paragraphs = ARTICLE.split("\n\n")
    anchors = [anchor(ARTICLE, w) for w in
               ("Nuvia", "14\u202f000 postes", "Marc Durand", "un plan brutal",
                "2400 salariés", "la CGT", "ministre de l'Économie", "semaine prochaine")]
    pieces = []
    for paragraph in ["", *paragraphs]:
        if paragraph:
            pieces.append(paragraph)
        for _ in range(9):
            pieces.append(" ".join(rng.choice(words) for _ in range(rng.randint(20, 60))) + ".")
    new = "\n\n".join(pieces)
    assert len(new) > 10 * len(ARTICLE)
    result = reanchor(ARTICLE, new, anchors)
    assert result.orphaned == []
    assert placed(result, new) == {a.id: a.exact for a in anchors}
    assert all(p.confidence == 1.0 for p in result.moved)


def test_repeated_words_are_told_apart_by_their_context():
    text = normalize_text(
        "Le gouvernement a présenté son budget mardi.\n\n"
        "Pour l'opposition, le gouvernement ment sur les chiffres du déficit.\n\n"
        "Le gouvernement répond que la croissance sera au rendez-vous.")
    second = anchor(text, "le gouvernement", anchor_id="second")
    third = anchor(text, "Le gouvernement", nth=1, anchor_id="third")
    # The paragraphs are reordered and retouched: the diff cannot follow them, the
    # words are looked for and the context decides between the three occurrences.
    new = normalize_text(
        "Le gouvernement répond que la croissance sera bien au rendez-vous.\n\n"
        "Le gouvernement a présenté son budget mardi soir.\n\n"
        "Pour l'opposition, le gouvernement ment sur les chiffres du déficit public.")
    result = reanchor(text, new, [second, third])
    spans = {p.id: (p.start, p.exact) for p in result.moved}
    assert spans["second"] == (new.index("le gouvernement ment"), "le gouvernement")
    assert spans["third"] == (0, "Le gouvernement")


def test_offsets_are_code_points_with_emoji_and_composed_accents():
    text = normalize_text("Cafe\u0301 😀 : Élysée 🇫🇷 annonce 12\u00a0% de hausse.")
    assert "Café" in text  # NFC: one code point for é
    a = anchor(text, "12\u00a0% de hausse")
    new = normalize_text("🎉🎉 Nouveau : ") + text.replace("annonce", "annonce 👍")
    (p,) = reanchor(text, new, [a]).moved
    assert new[p.start:p.end] == "12\u00a0% de hausse"
    assert p.start == a.start + len("🎉🎉 Nouveau : ") + len(" 👍")


def test_a_moved_paragraph_takes_its_annotations_along():
    paragraphs = ARTICLE.split("\n\n")
    anchors = [anchor(ARTICLE, "2400 salariés"), anchor(ARTICLE, "Marc Durand")]
    new = "\n\n".join([paragraphs[0], paragraphs[2], paragraphs[3], paragraphs[1]])
    result = reanchor(ARTICLE, new, anchors)
    assert result.orphaned == []
    assert placed(result, new) == {"2400 salariés": "2400 salariés",
                                   "Marc Durand": "Marc Durand"}


def test_an_orphan_is_placed_again_when_its_words_come_back():
    a = anchor(ARTICLE, "2400 salariés")
    cut = ARTICLE.replace("Plus de 2400 salariés sont concernés", "Des salariés sont concernés")
    assert [o.id for o in reanchor(ARTICLE, cut, [a]).orphaned] == [a.id]
    orphan = Anchor(a.id, a.start, a.end, a.exact, a.prefix, a.suffix, orphaned=True)
    result = reanchor(cut, ARTICLE, [orphan])
    assert [(p.start, p.end) for p in result.moved] == [(a.start, a.end)]
    # The same text again: an orphan stays an orphan, a placed annotation is unchanged.
    result = reanchor(ARTICLE, ARTICLE, [orphan, anchor(ARTICLE, "Marc Durand")])
    assert [o.id for o in result.orphaned] == [a.id]
    assert [p.id for p in result.unchanged] == ["Marc Durand"]


def test_offset_map_follows_equal_text_and_reports_deletions():
    diff = diff_texts("abc def ghi", "abc XX def")
    offsets = OffsetMap(diff)
    assert offsets.map(4) == (7, True)  # "d" moved right by the insertion
    assert offsets.span(4, 7) == (7, 10, True)
    position, kept = offsets.map(9)  # "h" was deleted
    assert not kept and position == 10
    moved = OffsetMap(TextDiff([(-1, "abc"), (0, "de"), (1, "abc")], [(0, 2, 3)]))
    assert moved.map(1) == (3, True)


def test_context_agreement_forgives_a_shift_but_not_a_stranger():
    assert agreement("a déclaré le ministre, selon ", "a déclaré le ministre, selon ") == 1
    shifted = agreement("s a déclaré le ministre, selon ", "le ministre Jean Dupont, selon ")
    stranger = agreement("s a déclaré le ministre, selon ", "les prix de l'énergie ont bondi")
    assert shifted > 0.3 > stranger


def test_ten_thousand_annotations_on_a_megabyte_in_seconds():
    rng = random.Random(1)
    vocabulary = (ARTICLE + " réforme budget déficit croissance inflation salaires emploi "
                  "entreprises ménages énergie").split()
    paragraphs = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(60, 160))) + "."
                  for _ in range(1500)]
    old = "\n\n".join(paragraphs)
    assert len(old) > 1_000_000
    words = [(i, i + len(w)) for i, w in _words(old)]
    anchors = []
    for n in range(10_000):
        k = rng.randrange(len(words) - 4)
        start, end = words[k][0], words[k + rng.randint(0, 3)][1]
        prefix, suffix = context(old, start, end)
        anchors.append(Anchor(str(n), start, end, old[start:end], prefix, suffix))
    # A correction: words changed in a hundred paragraphs, fifty paragraphs added.
    revised = []
    for i, p in enumerate(paragraphs):
        revised.append(p.replace(" ", " et ", 1) if i % 12 == 0 else p)
        if i % 24 == 0:
            revised.append(" ".join(rng.choice(vocabulary) for _ in range(80)) + ".")
    new = "\n\n".join(revised)
    began = time.perf_counter()
    result = reanchor(old, new, anchors)
    seconds = time.perf_counter() - began
    every_id_once(result, anchors)
    assert len(result.orphaned) < 100  # spans cut by an edit at their edge, at most
    assert seconds < 5, seconds


def _words(text):
    import re

    return [(m.start(), m.group()) for m in re.finditer(r"\w+", text)]
