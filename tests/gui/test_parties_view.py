"""The parties view: counts, filtering, edits and merges as undo commands, mentions."""

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from annotator.core.model import Party, new_id
from annotator.gui.parties_view import MergeTargetDialog, PartiesView, split_aliases
from annotator.gui.party_commands import EditParty, MergeParties
from annotator.gui.store_bridge import StoreBridge

TEXT = "« Nous livrerons plus vite », a déclaré A. Jassy. Andy Jassy dirige Amazon."
TITLE = "Amazon accélère"


@pytest.fixture
def desk(qtbot, project, make_article):
    """A project with two records of one person, and the view wired as the window will."""
    article = project.add_article(make_article(TEXT, TITLE))
    jassy = project.add_party(Party(new_id(), "A. Jassy", "person"))
    andy = project.add_party(Party(new_id(), "Andy Jassy", "person"))

    def annotate(category, words, **links):
        start = article.text.index(words)
        annotation = project.new_annotation(article, category, start, start + len(words))
        for field, value in links.items():
            setattr(annotation, field, value)
        return project.add_annotation(annotation)

    quote = annotate("quote", "Nous livrerons plus vite", speaker_id=jassy.id)
    annotate("party", "A. Jassy", party_id=jassy.id)
    annotate("party", "Andy Jassy", party_id=andy.id)

    stack = QUndoStack()
    view = PartiesView()
    qtbot.addWidget(view)
    StoreBridge(project, view).changed.connect(view.refresh)
    view.edit_requested.connect(
        lambda party_id, field, old, new: stack.push(EditParty(project, party_id, field, old, new)))
    view.merge_requested.connect(lambda source, target: stack.push(MergeParties(
        project, source, target, project.party(source).name, project.party(target).name)))
    view.load(project)
    view.show()
    qtbot.waitExposed(view)
    return SimpleNamespace(project=project, view=view, stack=stack, article=article,
                           quote=quote, jassy=jassy, andy=andy)


def table(view):
    """The rows as shown: (name, kind, mentions, quotes), in display order."""
    model = view.table.model()
    return [tuple(model.index(row, col).data() for col in range(4))
            for row in range(model.rowCount())]


def mentions(view):
    return [view.mentions.item(row).text() for row in range(view.mentions.count())]


def test_the_table_lists_every_party_with_its_counts(desk):
    assert table(desk.view) == [("A. Jassy", "Person", 1, 1), ("Andy Jassy", "Person", 1, 0)]
    desk.view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # by mentions: stable
    desk.view.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # by quotes
    assert [row[0] for row in table(desk.view)] == ["Andy Jassy", "A. Jassy"]


def test_filtering_matches_names_and_aliases_without_case_or_accents(desk):
    desk.project.add_party(Party(new_id(), "Élysée", "place", ["Palais de l'Élysée"]))
    view = desk.view
    assert len(table(view)) == 3  # the store's change reached the view
    for text, names in (("jass", ["A. Jassy", "Andy Jassy"]), ("ANDY", ["Andy Jassy"]),
                        ("elysee", ["Élysée"]), ("palais", ["Élysée"]), ("zz", [])):
        view.filter.setText(text)
        assert [row[0] for row in table(view)] == names, text
    view.filter.clear()
    assert len(table(view)) == 3


def test_editing_aliases_is_one_undoable_command(qtbot, desk):
    view, andy = desk.view, desk.andy
    assert view.select_party(andy.id)
    assert view.name_edit.text() == "Andy Jassy" and view.aliases_edit.text() == ""
    view.aliases_edit.setFocus()
    qtbot.keyClicks(view.aliases_edit, "Jassy, AJ,, jassy")
    qtbot.keyClick(view.aliases_edit, Qt.Key.Key_Return)
    assert desk.stack.count() == 1
    assert desk.project.party(andy.id).aliases == ["Jassy", "AJ"]
    assert view.aliases_edit.text() == "Jassy, AJ"  # refilled from the store
    desk.stack.undo()
    assert desk.project.party(andy.id).aliases == []
    assert view.aliases_edit.text() == ""  # undo refreshes the field it was typed into
    desk.stack.redo()
    assert desk.project.party(andy.id).aliases == ["Jassy", "AJ"]


def test_name_kind_and_description_edits(qtbot, desk):
    view, jassy, project = desk.view, desk.jassy, desk.project
    view.select_party(jassy.id)
    view.name_edit.setFocus()
    view.name_edit.selectAll()
    qtbot.keyClicks(view.name_edit, "Andrew Jassy")
    qtbot.keyClick(view.name_edit, Qt.Key.Key_Return)
    assert project.party(jassy.id).name == "Andrew Jassy"
    assert desk.stack.undoText() == "Rename “A. Jassy” to “Andrew Jassy”"
    assert view.current_party_id() == jassy.id  # kept across the reload and the re-sort

    view.kind_box.setCurrentIndex(view.kind_box.findData("organisation"))
    view.kind_box.activated.emit(view.kind_box.currentIndex())  # as a user's pick sends it
    assert project.party(jassy.id).kind == "organisation"

    view.description_edit.setFocus()
    qtbot.keyClicks(view.description_edit, "CEO of Amazon")
    view.filter.setFocus()  # leaving the field commits it
    assert project.party(jassy.id).description == "CEO of Amazon"

    view.name_edit.setFocus()
    view.name_edit.clear()
    qtbot.keyClick(view.name_edit, Qt.Key.Key_Return)  # a party keeps a name
    assert project.party(jassy.id).name == "Andrew Jassy"
    assert view.name_edit.text() == "Andrew Jassy"

    count = desk.stack.count()
    while desk.stack.canUndo():
        desk.stack.undo()
    assert count == 3
    restored = project.party(jassy.id)
    assert (restored.name, restored.kind, restored.description) == ("A. Jassy", "person", "")


def test_merging_relinks_the_quote_and_undo_restores_both(qtbot, monkeypatch, desk):
    view, project, jassy, andy = desk.view, desk.project, desk.jassy, desk.andy
    offered = []

    def pick(parent, source, candidates):
        offered.append((source.name, [p.name for p in candidates]))
        return andy.id

    monkeypatch.setattr(MergeTargetDialog, "pick", pick)
    view.select_party(jassy.id)
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)

    assert offered == [("A. Jassy", ["Andy Jassy"])]
    assert desk.stack.undoText() == "Merge “A. Jassy” into “Andy Jassy”"
    assert project.annotation(desk.quote.id).speaker_id == andy.id
    assert project.party(andy.id).aliases == ["A. Jassy"]
    assert table(view) == [("Andy Jassy", "Person", 2, 1)]
    assert view.current_party_id() == andy.id  # the view follows the merged party

    desk.stack.undo()
    assert project.annotation(desk.quote.id).speaker_id == jassy.id
    assert table(view) == [("A. Jassy", "Person", 1, 1), ("Andy Jassy", "Person", 1, 0)]
    desk.stack.redo()
    assert table(view) == [("Andy Jassy", "Person", 2, 1)]


def test_the_mention_list_shows_quotes_and_mentions_and_opens_them(qtbot, desk):
    view = desk.view
    view.select_party(desk.jassy.id)
    view.merge_into(desk.andy.id)
    assert view.current_party_id() == desk.andy.id
    assert mentions(view) == [
        f"Quote — “Nous livrerons plus vite” — {TITLE}",
        f"Mention — “A. Jassy” — {TITLE}",
        f"Mention — “Andy Jassy” — {TITLE}",
    ]
    view.mentions.setFocus()
    view.mentions.setCurrentRow(0)
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.mentions, Qt.Key.Key_Return)
    assert opened.args == [desk.article.id, desk.quote.id]

    view.table.setFocus()  # Enter on a party opens its first mention
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [desk.article.id, desk.quote.id]


def test_arrow_keys_move_through_the_parties(qtbot, desk):
    view = desk.view
    view.filter.setFocus()
    qtbot.keyClicks(view.filter, "jass")
    qtbot.keyClick(view.filter, Qt.Key.Key_Return)  # into the table, on the first match
    assert view.table.hasFocus() and view.current_party_id() == desk.jassy.id
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.current_party_id() == desk.andy.id
    assert view.name_edit.text() == "Andy Jassy"


def test_a_hidden_view_catches_up_when_shown(qtbot, desk):
    desk.view.hide()
    desk.project.add_party(Party(new_id(), "CGT", "organisation"))
    assert len(table(desk.view)) == 2  # no queries for a view no one sees
    desk.view.show()
    assert [row[0] for row in table(desk.view)] == ["A. Jassy", "Andy Jassy", "CGT"]


def test_loading_none_clears_the_view(desk):
    desk.view.select_party(desk.andy.id)
    desk.view.load(None)
    assert table(desk.view) == [] and mentions(desk.view) == []
    assert not desk.view.details.isEnabled() and not desk.view.merge_button.isEnabled()


def test_the_merge_dialog_filters_and_returns_the_chosen_party(qtbot, desk):
    others = [desk.andy, Party(new_id(), "Élysée", "place", ["Palais"])]
    dialog = MergeTargetDialog(None, desk.jassy, others)
    qtbot.addWidget(dialog)
    assert dialog.target_id() == desk.andy.id  # the first one, ready for Enter
    dialog.filter.setText("ELYSEE")
    assert dialog.target_id() == others[1].id
    dialog.filter.setText("palais")
    assert dialog.target_id() == others[1].id
    dialog.filter.setText("nobody")
    assert dialog.target_id() is None and not dialog.ok_button.isEnabled()


def test_split_aliases():
    assert split_aliases(" Jassy ,A.  Jassy,, jassy,") == ["Jassy", "A. Jassy"]
    assert split_aliases("") == []


def test_the_merge_dialog_runs_modal_and_enter_picks_the_match(qtbot, desk):
    def type_and_enter():
        dialog = QApplication.activeModalWidget()
        dialog.filter.setText("andy")
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_and_enter)
    assert MergeTargetDialog.pick(desk.view, desk.jassy, [desk.andy]) == desk.andy.id
