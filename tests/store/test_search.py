"""Project search: what users type becomes a safe FTS5 query; hits are ranked, exclude what
is deleted, and the full-text indexes follow every write (undo, merge, revision, share)."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.folding import compile_needle, fold
from annotator.core.model import Article, new_id
from annotator.core.text import normalize_text, text_sha256
from annotator.store import Project
from annotator.store.search import (
    HIT_END,
    HIT_START,
    marked_segments,
    parse_query,
    unmarked,
)

TEXT = normalize_text(
    "Plan social chez Nuvia\n\n"
    "«\u00a0Nous supprimerons 14\u202f000 postes d'ici l'été\u00a0», a déclaré 😀 la "
    "présidente de Nuvia, Marc Durand.\n\n"
    "Le syndicat dénonce «\u00a0un plan brutal\u00a0». Le gouvernement se tait."
)
OTHER = normalize_text("Un autre sujet : la météo de l'ÉTÉ sera chaude, selon la présidente.")

HOSTILE = ['"', '""', '"""', 'NEAR(', 'NEAR(a b, 2)', "*", "-", "--", ":", "^", "^a", "a:",
           "title:plan", "text:x", "(", ")", "((a)", "a OR", "OR", "AND", "NOT", "a NOT",
           "a AND OR NOT b", '"plan', 'plan"', '"pl"an"', "{a b}", "+a", "a*b*", "* a",
           "\\", "'", "%", "_", "\x00", "a\x00b", "😀", "\u0301", "e\u0301", "«", "»",
           "plan*" * 50, "x " * 2000, '"' * 999, "-" * 10 + "plan", "é-", "l'", "[a]", ";",
           "select * from articles", "'); drop table articles; --", "\ufdd0", "NEAR",
           "a NEAR b", "a + b", "-\"plan social\"", '"plan social"*', "0", "14 000"]


def add(project: Project, text: str, title: str = "") -> Article:
    text = normalize_text(text)
    return project.add_article(Article(new_id(), title or text.split("\n")[0], text,
                                       text_sha256=text_sha256(text), origin="test"))


def annotate(project: Project, article: Article, words: str, note: str = "",
             category: str = "quote"):
    start = article.text.index(words)
    ann = project.new_annotation(article, category, start, start + len(words), note=note)
    return project.add_annotation(ann)


def fts_in_step(project: Project) -> None:
    """FTS5's own check of an external-content index against its table: raises if the
    index holds a row or word the table does not, or misses one."""
    for table in ("articles_fts", "annotations_fts"):
        project.write(lambda table=table: project.conn.execute(
            f"insert into {table}({table}, rank) values ('integrity-check', 1)"))


def kinds(hits) -> list[tuple[str, str]]:
    return [(h.kind, h.annotation_id or h.article_id) for h in hits]


@pytest.fixture
def desk(project):
    one = add(project, TEXT, "Plan social chez Nuvia")
    two = add(project, OTHER, "La météo")
    quote = annotate(project, one, "Nous supprimerons 14\u202f000 postes",
                     note="Chiffre à vérifier auprès du ministère")
    return project, one, two, quote


# ---- query translation --------------------------------------------------------------------

def test_words_phrases_prefixes_and_exclusions_become_quoted_terms():
    assert parse_query("presidente").fts == '"presidente"*'  # being typed: a prefix
    assert parse_query("presidente ").fts == '"presidente"'
    assert parse_query("plan social ").fts == '"plan" AND "social"'
    assert parse_query('"plan social"').fts == '"plan social"'
    assert parse_query('"plan soc').fts == '"plan soc"*'  # unclosed quote, still typing
    assert parse_query("gouv* x ").fts == '"gouv"* AND "x"'
    assert parse_query("plan -brutal ").fts == '("plan") NOT ("brutal")'
    assert parse_query("l'entreprise ").fts == '"l entreprise"'
    assert parse_query("a ").fts == '"a"'
    assert parse_query("x").fts == '"x"'  # one letter: not a prefix yet
    assert parse_query("-plan").fts is None  # only exclusions: nothing to look for
    assert parse_query("").fts is None and parse_query("  \n ").fts is None


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_never_raises(desk, text):
    project, *_ = desk
    parsed = parse_query(text)
    if parsed.fts is not None:
        assert parsed.fts.count('"') % 2 == 0  # every term stays inside its quotes
    hits = project.search(text)
    assert isinstance(hits, list)
    project.search(text, limit=5, offset=3)
    project.search(text, article_id=desk[1].id)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_any_input_at_all_never_raises(desk, text):
    project, *_ = desk
    project.search(text)


def test_fold_is_what_the_index_does():
    assert fold("Présidente ÉTÉ Œuvre") == "presidente ete œuvre"
    assert compile_needle("ETE").findall("l'été, l'Été, ete") == ["été", "Été", "ete"]


# ---- finding ------------------------------------------------------------------------------

def test_accents_and_case_do_not_matter_and_offsets_are_code_points(desk):
    project, one, two, quote = desk
    hits = project.search("presidente")
    found = {h.article_id: h for h in hits if h.kind == "article"}
    assert set(found) == {one.id, two.id}
    hit = found[one.id]
    # An emoji (two UTF-16 units) stands before the word: offsets still count code points.
    assert (hit.start, hit.end) == (TEXT.index("présidente"), TEXT.index("présidente") + 10)
    assert TEXT[hit.start:hit.end] == "présidente" and hit.length == 10
    assert HIT_START + "présidente" + HIT_END in hit.snippet
    assert unmarked(hit.snippet).strip("…") in TEXT
    ete = {h.article_id: h for h in project.search("ETE ") if h.kind == "article"}
    assert set(ete) == {one.id, two.id}
    assert TEXT[ete[one.id].start:ete[one.id].end] == "été"
    assert OTHER[ete[two.id].start:ete[two.id].end] == "ÉTÉ"


def test_phrases_and_prefixes(desk):
    project, one, two, quote = desk
    assert kinds(project.search('"plan brutal"')) == [("article", one.id)]
    assert project.search('"brutal plan"') == []
    hit = project.search('"un plan brutal"')[0]
    assert TEXT[hit.start:hit.end] == "un plan brutal"
    gouv = project.search("gouv")
    assert kinds(gouv) == [("article", one.id)]
    assert TEXT[gouv[0].start:gouv[0].end] == "gouvernement"  # the whole word
    assert project.search("gouv ") == []  # a finished word is a word
    assert kinds(project.search("gouv* ")) == [("article", one.id)]
    assert {h.article_id for h in project.search("presidente -meteo")} == {one.id}


def test_typographic_spaces_and_apostrophes(desk):
    project, one, *_ = desk
    hit = [h for h in project.search('"14 000 postes"') if h.kind == "article"][0]
    assert TEXT[hit.start:hit.end] == "14\u202f000 postes"
    hit = [h for h in project.search("l'ete ") if h.article_id == one.id][0]
    assert TEXT[hit.start:hit.end] == "l'été"


def test_annotations_are_found_by_their_words_and_their_notes(desk):
    project, one, two, quote = desk
    by_note = project.search("ministere")
    assert kinds(by_note) == [("annotation", quote.id)]
    hit = by_note[0]
    assert (hit.article_id, hit.title, hit.category_id) == (one.id, one.title, "quote")
    assert (hit.start, hit.end) == (quote.start, quote.end)
    assert HIT_START + "ministère" + HIT_END in hit.snippet
    assert ("annotation", quote.id) in kinds(project.search("supprimerons"))
    project.update_annotation(quote.id, note="Confirmé par la préfecture")
    assert project.search("ministere") == []
    assert kinds(project.search("prefecture")) == [("annotation", quote.id)]
    fts_in_step(project)


def test_a_title_hit_ranks_first(project):
    body = [add(project, f"Article {i}. Le syndicat parle du budget, encore le budget et "
                "toujours le budget de la région.", f"Article {i}") for i in range(4)]
    titled = add(project, "Un texte sur autre chose, qui cite le budget une fois.",
                 "Le budget de la région")
    hits = project.search("budget")
    assert hits[0].article_id == titled.id
    assert hits[0].relevance == 1.0
    assert HIT_START + "budget" + HIT_END in hits[0].title_marked
    assert {h.article_id for h in hits} == {titled.id, *(a.id for a in body)}


def test_snippets_are_plain_text_with_markers(project):
    article = add(project, "<script>alert('présidente')</script> <img src=x onerror=y> "
                  "la présidente & le <b>maire</b>.", "<i>Titre</i> présidente")
    [hit] = project.search("presidente")
    assert hit.article_id == article.id
    assert "<script>" in hit.snippet and "<img src=x" in unmarked(hit.snippet)
    assert marked_segments(hit.title_marked) == [("<i>Titre</i> ", False),
                                                 ("présidente", True)]


def test_paging_gives_each_hit_once_in_one_order(project):
    for i in range(30):
        article = add(project, f"Dépêche {i} : la présidente parle. " + "Mot " * i,
                      f"Dépêche {i}")
        annotate(project, article, "la présidente parle", note=f"note {i}")
    everything = project.search("presidente", limit=200)
    assert len(everything) == 60
    pages = [project.search("presidente", limit=7, offset=o) for o in range(0, 70, 7)]
    assert kinds([h for page in pages for h in page]) == kinds(everything)
    assert project.search("presidente", limit=7, offset=60) == []
    assert {h.kind for h in everything[:20]} == {"article", "annotation"}  # side by side


def test_many_annotation_matches_past_the_ranked_window_are_all_found(project, monkeypatch):
    from annotator.store import search

    monkeypatch.setattr(search, "ANNOTATION_RANK_WINDOW", 5)
    article = add(project, "Le plan. " * 40, "Plans")
    starts = [i * 9 for i in range(40)]
    ids = [project.add_annotation(project.new_annotation(article, "quote", s, s + 7)).id
           for s in starts]
    project.delete_annotation(ids[30])
    found = [h.annotation_id for h in project.search("plan", limit=100) if h.annotation_id]
    assert sorted(found) == sorted(set(ids) - {ids[30]})
    paged = [h.annotation_id for o in range(0, 60, 6)
             for h in project.search("plan", limit=6, offset=o) if h.annotation_id]
    assert paged == found


def test_one_article_only(desk):
    project, one, two, quote = desk
    assert {h.article_id for h in project.search("presidente", article_id=two.id)} == {two.id}
    only = project.search("nuvia", article_id=one.id)
    assert kinds(only) == [("article", one.id)]
    assert project.search("ministere", article_id=two.id) == []
    assert kinds(project.search("ministere", article_id=one.id)) == [("annotation", quote.id)]


# ---- following every change ---------------------------------------------------------------

def test_deleted_annotations_and_articles_are_not_found_until_restored(desk):
    project, one, two, quote = desk
    project.delete_annotation(quote.id)
    assert project.search("ministere") == []
    project.restore_annotation(quote.id)  # what Undo does
    assert kinds(project.search("ministere")) == [("annotation", quote.id)]
    project.delete_article(one.id)
    assert project.search("ministere") == []  # annotations of a deleted article too
    assert {h.article_id for h in project.search("presidente")} == {two.id}
    project.restore_article(one.id)
    assert {h.article_id for h in project.search("presidente")} == {one.id, two.id}
    assert kinds(project.search("ministere")) == [("annotation", quote.id)]
    project.delete_annotations([quote.id])
    assert project.search("ministere") == []
    project.restore_annotations([quote.id])
    assert len(project.search("ministere")) == 1
    fts_in_step(project)


def test_titles_and_texts_follow_edits_and_revisions(desk):
    project, one, two, quote = desk
    project.update_article(two.id, title="Canicule annoncée")
    assert [h.article_id for h in project.search("canicule")] == [two.id]
    assert project.search("meteo ")[0].title == "Canicule annoncée"  # still in the text
    report = project.revise_article_text(
        one.id, TEXT.replace("Le gouvernement se tait.", "Le ministre répond.")
                    .replace("Nous supprimerons", "Nous supprimerons bien"))
    assert project.search("gouvernement") == []
    [hit] = project.search("ministre ")
    new_text = project.article(one.id).text
    assert new_text[hit.start:hit.end] == "ministre"
    ann = project.annotation(quote.id)
    assert [h.annotation_id for h in project.search("supprimerons")
            if h.kind == "annotation"] == [quote.id]
    assert ann.exact == new_text[ann.start:ann.end]
    fts_in_step(project)
    project.restore_article_state(report.before)  # undo
    assert len(project.search("gouvernement")) == 1 and project.search("ministre ") == []
    fts_in_step(project)


def test_annotations_brought_in_by_a_merge_are_found(tmp_path):
    ours, theirs = tmp_path / "ours.annot", tmp_path / "theirs.annot"
    with Project.create(ours, author="Anna") as p:
        article = add(p, TEXT, "Nuvia")
    shutil.copy(ours, theirs)
    with Project.open(theirs, author="Bert") as p:
        theirs_quote = annotate(p, p.article(article.id), "un plan brutal",
                                note="Bert: citation exacte du syndicat")
        added = add(p, OTHER, "La météo")
    with Project.open(ours, author="Anna") as p:
        assert p.search("citation") == []
        report = p.merge(theirs)
        assert report.added["annotations"] == 1
        assert kinds(p.search("citation")) == [("annotation", theirs_quote.id)]
        assert added.id in {h.article_id for h in p.search("meteo")}
        fts_in_step(p)


def test_a_shared_copy_is_searchable_without_what_was_left_out(tmp_path, desk):
    project, one, two, quote = desk
    out = tmp_path / "copy.annot"
    project.share_copy(out, without_notes=True, leave_out=[two.id])
    with Project.open(out) as copy:
        assert copy.search("ministere") == []  # the note was withheld
        assert kinds(copy.search("supprimerons"))[-1] == ("annotation", quote.id)
        assert {h.article_id for h in copy.search("presidente")} == {one.id}
        fts_in_step(copy)


def test_orphans_are_found_and_say_so(desk):
    project, one, two, quote = desk
    project.revise_article_text(one.id, "Un tout autre texte, sans rapport aucun.")
    [hit] = [h for h in project.search("ministere")]
    assert hit.orphaned and hit.annotation_id == quote.id


def test_older_files_get_their_annotation_index_back(tmp_path):
    """Until m012 the annotations' index had lost its triggers (m004 copied the table):
    annotations made since were not found. Upgrading rebuilds it."""
    path = tmp_path / "old.annot"
    with Project.create(path) as p:
        article = add(p, TEXT, "Nuvia")

        def as_before_m012() -> None:
            conn = p.conn  # the writer's
            for suffix in ("ai", "ad", "au"):
                conn.execute(f"drop trigger annotations_{suffix}")
            conn.execute("drop index articles_deleted")
            conn.execute("delete from _sqlite_migrations where name = 'm012_full_text_triggers'")
            conn.execute("update meta set value = '10' where key = 'schema_version'")

        p.write(as_before_m012)
        annotate(p, article, "un plan brutal", note="noté avant la mise à jour")
        assert p.search("note") == []  # what those files did
    with Project.open(path) as p:
        assert len(p.search("note")) == 1
        fts_in_step(p)
        triggers = {r[0] for r in p.conn.execute(
            "select name from sqlite_master where type = 'trigger' and name like 'annot%'")}
        assert {"annotations_ai", "annotations_ad", "annotations_au"} <= triggers


def test_status_changes_do_not_rewrite_the_index(desk):
    """The update triggers fire for the indexed columns only (m012)."""
    project, one, two, quote = desk
    before = project.conn.execute("select count(*) from annotations_fts_data").fetchone()
    for status in ("verified", "false", "to_check") * 5:
        project.update_annotation(quote.id, status=status)
    after = project.conn.execute("select count(*) from annotations_fts_data").fetchone()
    assert after == before
    fts_in_step(project)


def test_read_only_projects_can_be_searched(tmp_path):
    path = tmp_path / "ro.annot"
    with Project.create(path) as p:
        add(p, TEXT, "Nuvia")
    with Project.open(path, read_only=True) as p:
        assert len(p.search("presidente")) == 1


def test_a_damaged_query_is_no_results_not_an_error(project, monkeypatch):
    """Should the index ever refuse a query built here, search gives nothing."""
    from annotator.store import search

    add(project, TEXT, "Nuvia")
    monkeypatch.setattr(search.ParsedQuery, "fts", property(lambda self: 'NEAR("a"'))
    assert project.search("a") == []
    with pytest.raises(sqlite3.OperationalError):  # other errors are not hidden
        monkeypatch.setattr(search, "_ARTICLES_RANKED", "select * from no_such_table")
        monkeypatch.setattr(search.ParsedQuery, "fts", property(lambda self: '"a"'))
        project.search("a")
