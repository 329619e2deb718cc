"""The main window: article list | article view | annotation panel, menus and toolbar.

It wires widgets together and turns user intent into undo commands; reading and writing
the project goes through the store API, and views follow the store's change signals.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPixmap,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator import APP_NAME, __version__
from annotator.core.model import Annotation, Category, category_label
from annotator.core.text import snap_selection
from annotator.gui import commands, shortcuts
from annotator.gui.annotation_panel import AnnotationPanel
from annotator.gui.article_view import ArticleView
from annotator.gui.filter_bar import FilterBar
from annotator.gui.find_bar import FindBar
from annotator.gui.i18n import interface_language
from annotator.gui.metadata_pane import ArticleMetadataPane
from annotator.gui.models import ID_ROLE, AnnotationTableModel, ArticleListModel
from annotator.gui.orphans_view import OrphansView
from annotator.gui.panel_focus import PanelFocus
from annotator.gui.parties_view import PartiesView
from annotator.gui.party_commands import EditParty, MergeParties
from annotator.gui.search_panel import SearchPanel
from annotator.gui.settings import Settings
from annotator.gui.store_bridge import StoreBridge
from annotator.gui.suggesting import SuggestionsPanel, SuggestService
from annotator.gui.theme import apply_theme
from annotator.gui.welcome import WelcomePage
from annotator.io.errors import ExportFailed, ImportFailed
from annotator.store import Change, Project, ProjectError
from annotator.store.project import PROJECT_SUFFIX
from annotator.suggest.model import Suggestion


def _project_filter() -> str:
    return QCoreApplication.translate(
        "MainWindow", "Newsroom Annotator projects (*{suffix})").format(suffix=PROJECT_SUFFIX)


# The kinds of file io.importers reads (its IMPORT_EXTENSIONS labels), for lupdate; shown
# translated in the file dialogs when the catalogue has them, else as io.importers says.
_IMPORT_KINDS = (
    QT_TRANSLATE_NOOP("MainWindow", "Plain text"),
    QT_TRANSLATE_NOOP("MainWindow", "Web page"),
    QT_TRANSLATE_NOOP("MainWindow", "News agency XML (NewsML-G2, NITF, NewsML 1)"),
    QT_TRANSLATE_NOOP("MainWindow", "Word document"),
)


def _import_filter() -> str:
    from annotator.io.importers import IMPORT_EXTENSIONS

    by_label: dict[str, list[str]] = {}
    for ext, label in IMPORT_EXTENSIONS.items():
        by_label.setdefault(label, []).append(f"*{ext}")
    every = " ".join(p for patterns in by_label.values() for p in patterns)
    kinds = ";;".join(
        f"{QCoreApplication.translate('MainWindow', label)} ({' '.join(patterns)})"
        for label, patterns in by_label.items())
    return QCoreApplication.translate(
        "MainWindow", "Articles ({patterns});;{kinds};;Project JSON (*.json);;All files (*)"
    ).format(patterns=every, kinds=kinds)


class MainWindow(QMainWindow):
    # A batch import has ended (its ImportJob: report, total, cancelled).
    import_finished = Signal(object)
    # An export ended: the written path, or the exception (ExportCancelled when stopped).
    export_finished = Signal(object)
    # The background integrity check of a large project ended: (project, problem or None).
    integrity_checked = Signal(object, object)

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.project: Project | None = None
        self.bridge: StoreBridge | None = None
        self.undo_stack = QUndoStack(self)
        self.article_id: str | None = None
        self._categories: list[Category] = []
        # Annotation changes (with the rows already read) waiting for the lists.
        self._pending_changes: list[tuple[Change, dict]] = []
        self._select_when_listed: str | None = None
        self.import_job = None  # the ImportJob running, if any
        self._last_category_id: str | None = None  # the category sticky mode applies
        self.last_background_write = None  # the last BackgroundWrite (merge, copies…)
        self.integrity_checked.connect(self._integrity_checked)
        self.suggester = SuggestService(self)
        self.suggester.found.connect(self._suggestions_found)
        self.suggester.progress.connect(self._suggest_progress)
        self._suggestions: dict[str, list] = {}  # article id → what the engine found
        self.last_import_summary = None  # its summary dialog, once shown
        self.last_annotation_import = None  # the Import annotations dialog, once shown
        self.last_merge_preview = None  # the merge preview, once shown
        self.last_conflicts_dialog = None  # the merge conflicts dialog, once shown
        self.stats_dialog = None  # Annotate ▸ Statistics…, once opened (per project)

        self.article_model = ArticleListModel()
        self.article_list = QListView()
        self.article_list.setModel(self.article_model)
        self.article_list.setAccessibleName(self.tr("Articles"))
        self.article_list.setAlternatingRowColors(True)
        # Every row two lines, long titles elided (the tooltip has them whole): with
        # uniform sizes the view asks one row its size, not each of 10,000 at start-up.
        self.article_list.setUniformItemSizes(True)
        self.article_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.article_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        line = self.article_list.fontMetrics().lineSpacing()
        self.article_model.row_size = QSize(1, 2 * line + 6)
        self.article_list.selectionModel().currentChanged.connect(
            lambda current, _prev: self.show_article(current.data(ID_ROLE))
        )
        self.article_header = QLabel()
        self.article_header.setWordWrap(True)
        self.article_header.setTextFormat(Qt.TextFormat.PlainText)
        self.article_header.setAccessibleName(self.tr("Article details"))
        self.view = ArticleView()
        self.view.annotation_clicked.connect(self._annotation_clicked_in_text)
        self.view.selection_made.connect(self._selection_made)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(4, 4, 4, 4)
        # Read-only projects (open elsewhere, read-only medium, damaged) say so here.
        self.read_only_banner = QLabel()
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_banner.setAccessibleName(self.tr("Read-only notice"))
        self.read_only_banner.setStyleSheet(
            "background: #fff3cd; color: #664d03; border: 1px solid #ffda6a; padding: 4px;")
        self.read_only_banner.hide()
        centre_layout.addWidget(self.read_only_banner)
        centre_layout.addWidget(self.article_header)
        self.find_bar = FindBar(self.view)  # Ctrl+F: find in the open article
        centre_layout.addWidget(self.find_bar)
        centre_layout.addWidget(self.view, 1)

        self.annotation_model = AnnotationTableModel()
        self.panel = AnnotationPanel(self.annotation_model)
        self.panel.annotation_activated.connect(self.reveal_annotation)
        self.panel.edit_requested.connect(self.edit_annotation)
        self.panel.delete_requested.connect(self.delete_annotations)
        self.panel.current_changed.connect(self._show_evidence)
        editor = self.panel.editor
        editor.new_party_requested.connect(self._link_new_party)
        editor.evidence_added.connect(
            lambda e: self._push(commands.AddEvidence(self.project, e)))
        editor.evidence_edited.connect(
            lambda i, old, new: self._push(commands.EditEvidence(self.project, i, old, new)))
        editor.evidence_removed.connect(
            lambda e: self._push(commands.RemoveEvidence(self.project, e)))
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(lambda _values: self.apply_filters())
        self.metadata_pane = ArticleMetadataPane()
        self.metadata_pane.edit_requested.connect(self.edit_article)
        self.side_tabs = QTabWidget()
        self.side_tabs.setAccessibleName(self.tr("Annotations and article details"))
        self.side_tabs.addTab(self.panel, self.tr("Annotations"))
        self.side_tabs.addTab(self.metadata_pane, self.tr("Article Details"))
        self.suggestions_panel = SuggestionsPanel()
        self.suggestions_panel.suggest_requested.connect(self.suggest_current)
        self.suggestions_panel.accept_requested.connect(self.accept_suggestions)
        self.suggestions_panel.reject_requested.connect(self.reject_suggestions)
        self.suggestions_panel.suggestion_selected.connect(
            lambda s: self.view.select_span(s.start, s.end))
        self.side_tabs.addTab(self.suggestions_panel, self.tr("Suggestions"))
        self.parties_view = PartiesView()
        self.parties_view.edit_requested.connect(
            lambda pid, field, old, new: self._push(
                EditParty(self.project, pid, field, old, new)))
        self.parties_view.merge_requested.connect(self.merge_parties)
        self.parties_view.open_requested.connect(self.open_annotation)
        # Scrolls rather than widen the side panel when the window is narrow.
        self.parties_tab = QScrollArea()
        self.parties_tab.setWidgetResizable(True)
        self.parties_tab.setFrameShape(QScrollArea.Shape.NoFrame)
        self.parties_tab.setWidget(self.parties_view)
        self.side_tabs.addTab(self.parties_tab, self.tr("Parties"))
        # Annotations a revision of the text left without a place, to be placed by hand.
        self.orphans_view = OrphansView()
        self.orphans_view.place_requested.connect(self.place_orphan)
        self.orphans_view.delete_requested.connect(self._delete_orphan)
        self.orphans_view.count_changed.connect(lambda n: self.side_tabs.setTabText(
            self.side_tabs.indexOf(self.orphans_view),
            self.tr("Orphans ({count})").format(count=n) if n else self.tr("Orphans")))
        self.side_tabs.addTab(self.orphans_view, self.tr("Orphans"))
        self.search_panel = SearchPanel()  # Ctrl+Shift+F: search the whole project
        self.search_panel.hit_activated.connect(self.open_search_hit)
        self.side_tabs.addTab(self.search_panel, self.tr("Search", "tab"))
        self.last_revision_report = None  # what the last Revise Article Text did
        self.last_revision_summary = None  # its message box, once shown

        self.splitter = QSplitter()
        self.splitter.addWidget(self.article_list)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([230, 700, 380])
        # The filter bar spans the window: it narrows the article list and the panel alike.
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(4, 4, 4, 0)
        central_layout.addWidget(self.filter_bar)
        central_layout.addWidget(self.splitter, 1)
        self.work_area = central
        self.welcome = WelcomePage()
        self.welcome.new_requested.connect(self.new_project_dialog)
        self.welcome.open_requested.connect(self.open_project_dialog)
        self.welcome.sample_requested.connect(self.open_sample_project)
        self.welcome.recent_requested.connect(self.open_project)
        self.pages = QStackedWidget()  # the welcome page while no project is open
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(central)
        self.setCentralWidget(self.pages)
        self.welcome.set_recent(self.settings.recent_projects())
        self.counts_label = QLabel()
        self.statusBar().addPermanentWidget(self.counts_label)
        self.suggest_status = QLabel()
        self.suggest_stop = QToolButton()
        self.suggest_stop.setText(self.tr("Stop"))
        self.suggest_stop.setToolTip(self.tr("Stop suggesting for the imported articles"))
        self.suggest_stop.clicked.connect(self.stop_background_suggestions)
        for widget in (self.suggest_status, self.suggest_stop):
            widget.hide()
            self.statusBar().addPermanentWidget(widget)

        self.setAcceptDrops(True)
        self.resize(1320, 820)
        geometry, splitter = self.settings.window_state()
        if geometry:
            self.restoreGeometry(geometry)
        if splitter:
            self.splitter.restoreState(splitter)
        self._build_actions()
        self._build_menus()
        self.apply_preferences()
        self._update_title()
        self._update_enabled()

    # ---- actions and menus ---------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New Project…"), self.new_project_dialog, K.New)
        self.open_action = self._action(self.tr("&Open Project…"), self.open_project_dialog,
                                        K.Open)
        self.save_copy_action = self._action(self.tr("Save a &Copy As…"), self.save_copy_dialog,
                                             K.SaveAs)
        self.share_copy_action = self._action(
            self.tr("Save a Copy for S&haring…"), self.share_copy_dialog, None,
            self.tr("A copy for a colleague, without private notes or some articles if you "
                    "choose; merging it back keeps yours"))
        self.import_action = self._action(
            self.tr("&Import Articles…"), self.import_dialog, "Ctrl+I",
            self.tr("Import web pages, agency XML, Word, text or Markdown files "
                    "(or drop files and folders on the window)"))
        self.import_folder_action = self._action(
            self.tr("Import &Folder…"), self.import_folder_dialog, "Ctrl+Shift+I",
            self.tr("Import every article in a folder and its sub-folders"))
        self.import_annotations_action = self._action(
            self.tr("Import A&nnotations…"), self.import_annotations_dialog, None,
            self.tr("Import W3C Web Annotations (.jsonld) or brat standoff (.ann) files"))
        self.details_action = self._action(
            self.tr("Article &Details"), self.show_details, "Ctrl+Alt+D",
            self.tr("Show and edit the title, byline, source, URL, date and language"))
        self.revise_action = self._action(
            self.tr("&Revise Article Text…"), self.revise_article_dialog, None,
            self.tr("Replace the article's text with a corrected version; annotations follow "
                    "their words"))
        self.paste_action = self._action(
            self.tr("&Paste as New Article"), self.paste_as_article, "Ctrl+Shift+V",
            self.tr("Create an article from the text on the clipboard"))
        self.export_action = self._action(self.tr("&Export…"), self.export_dialog, "Ctrl+E")
        self.quit_action = self._action(self.tr("&Quit"), self.close, K.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(K.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.delete_annotation_action = self._action(
            self.tr("&Delete Annotation"), self.panel.request_delete, K.Delete)
        # Del acts in the annotation panel only, so it never deletes while typing a note.
        self.delete_annotation_action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.panel.table.addAction(self.delete_annotation_action)
        self.delete_article_action = self._action(self.tr("Delete &Article"),
                                                  self.delete_current_article)
        # In the article list, Del (and its context menu) deletes the article; undoable.
        self.delete_article_key = self._action(self.tr("Delete Article"),
                                               self.delete_current_article, K.Delete)
        self.delete_article_key.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.article_list.addAction(self.delete_article_key)
        self.article_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.panel.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.categories_action = self._action(self.tr("&Categories…"), self.categories_dialog)
        self.statuses_action = self._action(self.tr("S&tatuses…"), self.statuses_dialog)
        self.parties_action = self._action(
            self.tr("&Parties"), self.show_parties, "Ctrl+Alt+P",
            self.tr("Every party with its mentions and quotes; merge"))
        self.statistics_action = self._action(
            self.tr("&Statistics…"), self.show_statistics, "Ctrl+Shift+T",
            self.tr("Annotations by category and status, most quoted parties, figures by "
                    "unit and work per editor, for the project or the open article"))
        self.project_settings_action = self._action(self.tr("Project &Settings…"),
                                                    self.project_settings_dialog)
        self.suggest_action = self._action(
            self.tr("&Suggest Annotations"), self.suggest_current, "Ctrl+Alt+S",
            self.tr("Find quotes, figures and parties in this article, to accept or reject"))
        self.suggest_on_open_action = QAction(self.tr("Suggest When an Article &Opens"), self)
        self.suggest_on_open_action.setCheckable(True)
        self.suggest_on_open_action.setChecked(self.settings.suggest_on_open)
        self.suggest_on_open_action.toggled.connect(self._set_suggest_on_open)
        self.suggest_on_import_action = QAction(self.tr("Suggest for &Imported Articles"), self)
        self.suggest_on_import_action.setCheckable(True)
        self.suggest_on_import_action.setChecked(self.settings.suggest_on_import)
        self.suggest_on_import_action.setStatusTip(
            self.tr("After an import, find suggestions for every new article in the "
                    "background"))
        self.suggest_on_import_action.toggled.connect(self._set_suggest_on_import)
        self.editor_name_action = self._action(self.tr("Editor &Name…"),
                                               self.editor_name_dialog)
        self.preferences_action = self._action(
            self.tr("Pre&ferences…"), self.preferences_dialog,
            QKeySequence.StandardKey.Preferences,
            self.tr("Your name and organisation, export folder and template, suggestions, "
                    "and how articles read"))
        if not self.preferences_action.shortcuts():  # no platform key (Linux): Ctrl+,
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.merge_action = self._action(
            self.tr("&Merge a Copy…"), self.merge_dialog, None,
            self.tr("Bring in a colleague's copy of this project: their changes, and both "
                    "versions of what you both changed"))
        self.conflicts_action = self._action(self.tr("Merge &Conflicts…"),
                                             self.conflicts_dialog)
        self.about_action = self._action(self.tr("&About {app}").format(app=APP_NAME),
                                         self.about)
        self.search_action = self._action(
            self.tr("Search &Project…"), self.show_search, "Ctrl+Shift+F",
            self.tr("Find words in every article and annotation of the project"))
        self.find_action = self._action(self.tr("&Find in Article…"), self.find_bar.open,
                                        K.Find, self.tr("Find words in the open article"))
        self.find_next_action = self._action(self.tr("Find &Next"), self.find_bar.find_next,
                                             "F3")
        self.find_previous_action = self._action(self.tr("Find Pre&vious"),
                                                 self.find_bar.find_previous, "Shift+F3")
        self.next_annotation_action = self._action(
            self.tr("Ne&xt Annotation"), lambda: self.step_annotation(1), "J",
            self.tr("Select the next annotation in the text"))
        self.previous_annotation_action = self._action(
            self.tr("Pre&vious Annotation"), lambda: self.step_annotation(-1), "K",
            self.tr("Select the previous annotation in the text"))
        self.next_suggestion_action = self._action(
            self.tr("Next S&uggestion"), lambda: self.step_suggestion(1), "N",
            self.tr("Show the next suggestion; then Enter accepts it, Backspace rejects it"))
        self.previous_suggestion_action = self._action(
            self.tr("Previous Su&ggestion"), lambda: self.step_suggestion(-1), "Shift+N",
            self.tr("Show the previous suggestion"))
        self.sticky_action = self._action(
            self.tr("Stic&ky Category"), lambda: None, "Ctrl+Alt+C",
            self.tr("Mark each new selection in the text with the last category used"))
        self.sticky_action.setCheckable(True)
        self.sticky_action.toggled.connect(self._sticky_toggled)
        self.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"), self.shortcut_sheet, None,
            self.tr("Every shortcut of the window, with a filter"))
        self.shortcuts_action.setShortcuts([QKeySequence("F1"), QKeySequence("?")])
        self.datasette_action = self._action(
            self.tr("&Datasette Metadata…"), self.datasette_dialog, None,
            self.tr("Titles and canned queries (quotes by status, figures by party) for "
                    "browsing this project in Datasette without the app"))
        self.panel_focus = PanelFocus([lambda: self.article_list, lambda: self.view,
                                       self.side_tabs.currentWidget])
        self.view.setTabChangesFocus(True)  # Tab leaves the (read-only) text, as elsewhere
        self.next_panel_action = self._action(
            self.tr("&Next Panel"), lambda: self.panel_focus.step(1), "F6",
            self.tr("Move the keyboard to the next panel: list, text, side panel"))
        self.previous_panel_action = self._action(
            self.tr("&Previous Panel"), lambda: self.panel_focus.step(-1), "Shift+F6")
        self.article_list_focus_action = self._action(
            self.tr("&Article List"), lambda: self.panel_focus.focus(0), "Ctrl+1")
        self.article_text_focus_action = self._action(
            self.tr("Article &Text"), lambda: self.panel_focus.focus(1), "Ctrl+2")
        self.side_panel_focus_action = self._action(
            self.tr("&Side Panel"), lambda: self.panel_focus.focus(2), "Ctrl+3")
        self.category_actions = QActionGroup(self)
        self.category_actions.setExclusive(False)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addActions([self.save_copy_action, self.share_copy_action,
                              self.project_settings_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.import_folder_action,
                              self.import_annotations_action, self.merge_action,
                       self.conflicts_action, self.paste_action,
                              self.export_action, self.datasette_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.delete_annotation_action, self.delete_article_action,
                              self.details_action, self.revise_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.find_next_action,
                              self.find_previous_action, self.search_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.conflicts_action)
        edit_menu.addAction(self.editor_name_action)
        edit_menu.addAction(self.preferences_action)
        self.annotate_menu = self.menuBar().addMenu(self.tr("&Annotate"))
        self.status_menu = QMenu(self.tr("Set St&atus"), self)
        # Category actions go before this tail (_rebuild_category_actions).
        self.annotate_menu_tail = [self.annotate_menu.addSeparator(),
                                   self.annotate_menu.addAction(self.sticky_action),
                                   self.annotate_menu.addAction(self.next_annotation_action),
                                   self.annotate_menu.addAction(
                                       self.previous_annotation_action),
                                   self.annotate_menu.addMenu(self.status_menu),
                                   self.annotate_menu.addSeparator(),
                                   self.annotate_menu.addAction(self.suggest_action),
                                   self.annotate_menu.addAction(self.next_suggestion_action),
                                   self.annotate_menu.addAction(
                                       self.previous_suggestion_action),
                                   self.annotate_menu.addAction(self.suggest_on_open_action),
                                   self.annotate_menu.addAction(self.suggest_on_import_action),
                                   self.annotate_menu.addAction(self.categories_action),
                                   self.annotate_menu.addAction(self.statuses_action),
                                   self.annotate_menu.addAction(self.parties_action),
                                   self.annotate_menu.addAction(self.statistics_action)]
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions([self.next_panel_action, self.previous_panel_action])
        view_menu.addSeparator()
        view_menu.addActions([self.article_list_focus_action, self.article_text_focus_action,
                              self.side_panel_focus_action])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)
        self.toolbar = self.addToolBar(self.tr("Main", "toolbar"))
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.import_action, self.export_action])
        self.toolbar.addSeparator()
        self.toolbar_category_anchor = self.toolbar.addSeparator()

    def _rebuild_category_actions(self) -> None:
        """Categories are data: one action (menu, toolbar, context menu, key) per category."""
        for action in self.category_actions.actions():
            self.category_actions.removeAction(action)
            self.annotate_menu.removeAction(action)
            self.toolbar.removeAction(action)
            self.removeAction(action)
            action.deleteLater()
        actions = []
        lang = interface_language()
        for cat in self._categories:
            name = category_label(cat, lang)
            action = QAction(name, self)
            action.setData(cat.id)
            action.setIcon(_swatch(cat.color))
            if cat.shortcut:
                action.setShortcut(QKeySequence(cat.shortcut))
            action.setStatusTip(
                self.tr("Mark the selection as {category}").format(category=name.lower()))
            action.setToolTip(f"{name} ({cat.shortcut})" if cat.shortcut else name)
            action.triggered.connect(lambda _c=False, cid=cat.id: self.annotate_selection(cid))
            self.category_actions.addAction(action)
            self.addAction(action)  # shortcut active anywhere in the window
            actions.append(action)
        self.annotate_menu.insertActions(self.annotate_menu_tail[0], actions)
        self.toolbar.insertActions(self.toolbar_category_anchor, actions)
        self.view.extra_menu_actions = actions
        self._update_enabled()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_projects()
        for number, path in enumerate(recent, 1):
            action = self.recent_menu.addAction(f"&{number % 10} {Path(path).name}")
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_project(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear List"),
                                       self.settings.clear_recent_projects)

    def _update_enabled(self) -> None:
        has_project = self.project is not None
        if has_project != (self.pages.currentWidget() is self.work_area):
            if not has_project:
                self.welcome.set_recent(self.settings.recent_projects())
            self.pages.setCurrentWidget(self.work_area if has_project else self.welcome)
        has_article = self.article_id is not None
        for action in (self.save_copy_action, self.share_copy_action, self.import_action,
                       self.import_folder_action, self.import_annotations_action,
                       self.paste_action, self.export_action, self.datasette_action,
                       self.categories_action,
                       self.statuses_action, self.project_settings_action,
                       self.parties_action, self.statistics_action):
            action.setEnabled(has_project)
        for action in (self.category_actions.actions()
                       + [self.delete_article_action, self.delete_article_key,
                          self.details_action, self.suggest_action, self.revise_action]):
            action.setEnabled(has_article)
        self.search_action.setEnabled(has_project)  # read-only projects too
        for action in (self.find_action, self.find_next_action, self.find_previous_action):
            action.setEnabled(has_article)
        self._disable_writing_if_read_only()

    def _disable_writing_if_read_only(self) -> None:
        """A read-only project: every action that would write is off, the banner says why."""
        read_only = self.project is not None and self.project.read_only
        self.read_only_banner.setVisible(read_only)
        self.panel.editor.read_only = self.metadata_pane.read_only = read_only
        self.parties_view.read_only = read_only
        self.side_tabs.setTabEnabled(self.side_tabs.indexOf(self.suggestions_panel),
                                     not read_only)
        # Actions no other rule enables: on unless the project is read-only.
        self.delete_annotation_action.setEnabled(not read_only)
        for action in (getattr(self, "merge_action", None),
                       getattr(self, "conflicts_action", None)):
            if action is not None:
                action.setEnabled(self.project is not None and not read_only)
        if not read_only:
            return
        from annotator.gui.project_access import read_only_reason

        self.read_only_banner.setText(
            self.tr("Read-only: {reason}. You can read, search and export; changes cannot be "
                    "saved.").format(reason=read_only_reason(self.project)))
        for action in (self.import_action, self.import_folder_action,
                       self.import_annotations_action, self.paste_action,
                       self.categories_action, self.statuses_action,
                       self.project_settings_action, self.undo_action, self.redo_action,
                       self.delete_article_action, self.delete_article_key,
                       self.suggest_action, self.revise_action,
                       *self.category_actions.actions()):
            action.setEnabled(False)

    def _update_title(self) -> None:
        name = self.project.path.name if self.project else self.tr("No project")
        self.setWindowTitle(f"{name} — {APP_NAME}")

    # ---- project lifecycle ---------------------------------------------------------------

    def open_project(self, path: str | Path, create: bool = False) -> bool:
        """Open (or create) a project; on failure the current one stays open."""
        try:
            if create:
                project = Project.create(path, author=self.settings.editor_name, lock=True)
                organisation = {k: v for k, v in self._organisation().items() if v}
                if organisation:  # a new project is the editor's organisation's
                    project.set_settings(**organisation)
            else:
                from annotator.gui.project_access import open_interactively

                # Held elsewhere, stale lock, damaged: the user chooses (None: cancelled).
                project = open_interactively(self, path, self.settings.editor_name)
                if project is None:
                    return False
        except (ProjectError, OSError) as exc:
            self.show_error(self.tr("Cannot open project") if not create
                            else self.tr("Cannot create project"), str(exc))
            return False
        self.close_project()
        self.project = project
        self.bridge = StoreBridge(project, self)
        self.bridge.changed.connect(self._on_store_change)
        self.bridge.changed.connect(self.parties_view.refresh)
        self.bridge.changed.connect(self.search_panel.project_changed)
        self.search_panel.set_project(project)
        self.parties_view.load(project)
        self._categories = project.categories()
        self._rebuild_category_actions()
        self.panel.set_categories(self._categories)
        self.article_model.set_project(project)
        self._refresh_choices()
        self.settings.add_recent_project(project.path)
        self._update_title()
        self.show_article(None)
        # After the window has painted: a 1 MB article must not delay the first frame.
        QTimer.singleShot(0, lambda: self._after_open(project))
        self._update_enabled()
        return True

    def _after_open(self, project: Project) -> None:
        if self.project is not project:
            return
        # Annotating never waits for sqlite-utils (Project.transaction); other writes do,
        # once: load it on the writer thread once the window is usable.
        QTimer.singleShot(1500, lambda: self.project is project and project.prepare_writes())
        if self.article_id is None and self.article_model.rowCount():
            self.select_article(self.article_model.article_id(0))
        self._check_integrity_in_background(project)

    def _check_integrity_in_background(self, project: Project) -> None:
        """Large files skip SQLite's quick check when opened (it reads the whole file):
        run it now on its own connection and thread; damage found stops all writing."""
        import threading

        from annotator.store import diagnosis

        if project.read_only or not diagnosis.needs_background_check(project.path):
            return
        def check() -> None:
            problem = diagnosis.check_in_background(project.path)
            try:
                self.integrity_checked.emit(project, problem)
            except RuntimeError:  # the window closed meanwhile
                pass

        threading.Thread(target=check, name="integrity-check", daemon=True).start()

    def _integrity_checked(self, project: Project, problem: str | None) -> None:
        if problem is None or project is not self.project:
            return
        project.stop_writing(self.tr("the project file is damaged"))
        self._disable_writing_if_read_only()
        self.show_error(self.tr("Damaged project"),
                        self.tr("{problem}\n\nThe project is now read-only: nothing more will "
                                "be written to it. Save a copy, or recover it with `annotator "
                                "check --recover`.").format(problem=problem))

    def close_project(self) -> None:
        if self.project is None:
            return
        if self.import_job is not None:
            self.import_job.abandon()  # what it stored stays; the undo history goes below
            self.import_job = None
        self._finish_writes()
        self.suggester.shutdown()
        self._suggest_progress(0, 0)
        self._suggestions.clear()
        self.panel.commit_note()
        if self.stats_dialog is not None:  # it reads this project's file
            self.stats_dialog.shutdown()
            self.stats_dialog.close()
            self.stats_dialog.deleteLater()
            self.stats_dialog = None
        self.undo_stack.clear()  # commands refer to this project's file
        self.bridge.detach()
        self.bridge.deleteLater()
        self.project.close()
        self.project = self.bridge = None
        self.article_model.set_project(None)
        self.parties_view.load(None)
        self.search_panel.set_project(None)
        self.filter_bar.clear()
        self.show_article(None)
        self._update_title()
        self._update_enabled()

    def new_project_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), "",
                                              _project_filter())
        if path:
            if not path.endswith(PROJECT_SUFFIX):
                path += PROJECT_SUFFIX
            if Path(path).exists():
                self.show_error(self.tr("Cannot create project"),
                                self.tr("{path}: a file with this name already exists"
                                        ).format(path=path))
                return
            self.open_project(path, create=True)

    def open_sample_project(self) -> bool:
        """The sample project, made in the user's data folder the first time."""
        from platformdirs import user_data_dir

        from annotator.sample import build_sample_project

        path = Path(user_data_dir(APP_NAME, appauthor=False)) / f"sample{PROJECT_SUFFIX}"
        if not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                build_sample_project(path).close()
            except (OSError, ProjectError, ValueError) as exc:
                self.show_error(self.tr("Cannot open the sample project"),
                                self.tr("{path}: {error}").format(path=path, error=exc))
                return False
        return self.open_project(path)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "",
                                              _project_filter())
        if path:
            self.open_project(path)

    def save_copy_dialog(self) -> None:
        if self.project is None:
            return
        suggestion = str(self.project.path.with_name(self.project.path.stem + "-copy.annot"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy as"), suggestion,
                                              _project_filter())
        if path:
            self.save_copy(path if path.endswith(PROJECT_SUFFIX) else path + PROJECT_SUFFIX)

    def save_copy(self, path: str | Path):
        """A copy of the whole file, written on the writer thread (a large project takes
        seconds); returns the BackgroundWrite."""
        project = self.project
        return self.run_write(
            self.tr("Save a copy"),
            self.tr("Saving a copy as {name}…").format(name=Path(path).name),
            lambda _cancelled, _progress: project.save_copy(path),
            lambda target: self.statusBar().showMessage(
                self.tr("Copy saved to {path}").format(path=target), 8000),
            failure=self.tr("{path}: ").format(path=path), cancellable=False)

    # ---- long writes ---------------------------------------------------------------------

    def run_write(self, title: str, label: str, job, on_result, *, failure: str = "",
                  cancellable: bool = True):
        """Run job(cancelled, progress) on the project's writer thread with a progress
        window (see background_write); on_result(result) once it succeeds. A cancel, or a
        failure the user can act on (failure + the message), is said here. Returns the
        BackgroundWrite, also kept in last_background_write."""
        from annotator.gui.background_write import BackgroundWrite

        if not self.project.has_writer:  # read-only: only copies get here; they read
            try:
                result, error = job(threading.Event(), lambda *_: None), None
            except Exception as exc:  # noqa: BLE001 - said by _write_ended
                result, error = None, exc
            self._write_ended(title, failure, on_result, result, error)
            return None
        work = BackgroundWrite(self.project, title, label, self, job, cancellable=cancellable)
        work.finished.connect(
            lambda result, error: self._write_ended(title, failure, on_result, result, error))
        self.last_background_write = work
        return work

    def _write_ended(self, title: str, failure: str, on_result, result, error) -> None:
        from annotator.store.errors import Cancelled

        if isinstance(error, Cancelled):
            self.statusBar().showMessage(
                self.tr("{title} cancelled: nothing was changed.").format(title=title), 10000)
        elif isinstance(error, (ProjectError, OSError, sqlite3.Error, ValueError, KeyError)):
            self.show_error(title, f"{failure}{error}")
        elif error is not None:
            raise error
        elif self.project is not None:
            on_result(result)

    def _finish_writes(self) -> None:
        """Cancel the long write under way, if it can be, and wait for its end (closing):
        what it would do next (a conflicts dialog after a merge) no longer applies."""
        work = self.last_background_write
        if work is not None and work.running:
            work.finished.disconnect()
            if work.cancellable:
                work.cancel()
            work.wait()

    def share_copy_dialog(self) -> None:
        """Choose what the colleague's copy leaves out; kept in last_share_dialog."""
        from annotator.gui.share_dialog import ShareCopyDialog

        if self.project is None:
            return
        self.panel.commit_note()
        suggestion = self.project.path.with_name(f"{self.project.path.stem}-shared.annot")
        dialog = ShareCopyDialog(self.project.article_summaries(), suggestion, self)
        dialog.accepted.connect(lambda: self.share_copy(
            dialog.target(), without_notes=dialog.without_notes.isChecked(),
            leave_out=dialog.leave_out()))
        self.last_share_dialog = dialog
        dialog.open()

    def share_copy(self, path: str | Path, *, without_notes: bool = False,
                   leave_out: list[str] | tuple[str, ...] = ()):
        """Write the copy on the writer thread; returns the BackgroundWrite."""
        from annotator.gui.share_dialog import share_report_text

        project = self.project
        return self.run_write(
            self.tr("Save a copy for sharing"),
            self.tr("Saving a copy for sharing as {name}…").format(name=Path(path).name),
            lambda _cancelled, _progress: project.share_copy(
                path, without_notes=without_notes, leave_out=leave_out),
            lambda report: self.statusBar().showMessage(
                self.tr("Copy for sharing saved: {report}").format(
                    report=share_report_text(report)), 15000),
            failure=self.tr("No copy was saved: "), cancellable=False)

    # ---- merging a colleague's copy ------------------------------------------------------

    def merge_dialog(self) -> None:
        if self.project is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Merge a copy of the project"),
                                              str(self.project.path.parent), _project_filter())
        if path:
            self.merge_copy(path)

    def merge_copy(self, other: str | Path) -> None:
        """Show what merging `other` would change; on Merge, save a backup, then merge.

        The preview dialog is kept in last_merge_preview (its accepted signal merges).
        """
        from datetime import datetime

        from annotator.gui.merge_dialogs import MergePreviewDialog

        self.panel.commit_note()
        project = self.project

        def preview(report) -> None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = project.path.with_name(
                f"{project.path.stem}.before-merge-{stamp}{PROJECT_SUFFIX}")
            dialog = MergePreviewDialog(report, backup.name, self)
            dialog.accepted.connect(lambda: self._merge_now(other, backup))
            self.last_merge_preview = dialog
            dialog.open()

        self.last_merge_preview = None
        return self.run_write(
            self.tr("Merge", "title"),
            self.tr("Comparing with {name}…").format(name=Path(other).name),
            lambda cancelled, progress: project.merge(other, dry_run=True,
                                                      cancelled=cancelled, progress=progress),
            preview)

    def _merge_now(self, other: str | Path, backup: Path):
        """Save the backup, then merge, on the writer thread (one job, one cancel)."""
        project = self.project

        def backup_then_merge(cancelled, progress):
            progress(0, 1, self.tr("Saving {name}…").format(name=backup.name))
            project.save_copy(backup)
            return project.merge(other, cancelled=cancelled, progress=progress)

        def merged(report) -> None:
            self.undo_stack.clear()  # the steps before refer to rows the merge may change
            conflicts = sum(report.conflicts.values())
            self.statusBar().showMessage(
                self.tr("Merged {name}: {added} added, {updated} updated, %n conflict(s). "
                        "Before: {backup}", "", conflicts).format(
                    name=Path(other).name, added=sum(report.added.values()),
                    updated=sum(report.updated.values()), backup=backup.name), 15000)
            if project.merge_conflicts():
                self.conflicts_dialog()

        return self.run_write(self.tr("Merge", "title"),
                              self.tr("Merging {name}…").format(name=Path(other).name),
                              backup_then_merge, merged, failure=self.tr("Nothing was merged: "))

    def conflicts_dialog(self) -> None:
        """The open merge conflicts; kept in last_conflicts_dialog."""
        from annotator.gui.merge_dialogs import ConflictsDialog

        if self.project is None:
            return
        dialog = ConflictsDialog(self)
        dialog.set_conflicts(self.project.merge_conflicts(), self._conflict_value_labels())
        dialog.resolve_requested.connect(
            lambda conflict_id, keep: self._resolve_conflict(dialog, conflict_id, keep))
        self.last_conflicts_dialog = dialog
        dialog.open()

    def _resolve_conflict(self, dialog, conflict_id: str, keep: str) -> None:
        try:
            self.project.resolve_conflict(conflict_id, keep)
        except (ProjectError, sqlite3.Error) as exc:
            self.show_error(self.tr("Merge conflicts"), str(exc))
        self.undo_stack.clear()
        dialog.set_conflicts(self.project.merge_conflicts(), self._conflict_value_labels())

    def _conflict_value_labels(self) -> dict[str, dict[str, str]]:
        """Ids in conflicting rows as the editor knows them: labels and names."""
        lang = interface_language()
        parties = {p.id: p.name for p in self.project.parties()}
        return {"status": {s.id: s.label(lang) for s in self.project.statuses()},
                "category_id": {c.id: category_label(c, lang)
                                for c in self.project.categories()},
                "speaker_id": parties, "claimant_id": parties, "party_id": parties}

    # ---- articles ------------------------------------------------------------------------

    def select_article(self, article_id: str) -> None:
        row = self.article_model.row_of(article_id)
        if row >= 0:
            self.article_list.selectionModel().setCurrentIndex(
                self.article_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def show_article(self, article_id: str | None) -> None:
        self.panel.commit_note()
        self._apply_pending_changes()
        article = self.project.article(article_id) if (self.project and article_id) else None
        if article is not None and article.deleted_at:
            article = None
        spans = self.project.span_index(article.id) if article else []
        self.article_id = article.id if article else None
        self.annotation_model.load(self.project, self._categories, self.article_id, spans)
        self._filter_annotations()
        self.view.show_article(article, spans, {c.id: c.color for c in self._categories})
        self._show_article_header(article)
        self._show_orphans()
        self._update_counts()
        self._update_enabled()
        if article is not None and article.id not in self._suggestions:
            stored = self.project.suggestion_set(article.id)
            if stored is not None:
                self._suggestions[article.id] = [Suggestion.from_dict(d) for d in stored]
        self._show_suggestions()
        if (article is not None and article.id not in self._suggestions
                and self.settings.suggest_on_open):
            self.suggest_current()

    def _show_article_header(self, article) -> None:
        self.metadata_pane.show_article(article)
        if article is None:
            self.article_header.setText("")
            return
        details = [d for d in (article.byline, article.source, article.dateline,
                               _day(article.published)) if d]
        self.article_header.setText(article.title + ("\n" + " · ".join(details)
                                                     if details else ""))

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import articles"), self.settings.import_folder, _import_filter())
        if paths:
            self.settings.import_folder = str(Path(paths[0]).parent)
            self.import_files(paths)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import a folder of articles"), self.settings.import_folder)
        if folder:
            self.settings.import_folder = folder
            self.import_files([folder])

    def import_files(self, paths: list[str | Path]) -> None:
        """Import files and folders in the background; the batch is one undoable step.

        import_finished is emitted at the end. What was imported, skipped as a duplicate or
        refused is summed up in the status bar, and in a dialog unless the batch was a single
        article imported without a problem.
        """
        from annotator.annotation_import import is_annotation_file
        from annotator.gui.importing import ImportJob
        from annotator.gui.project_access import read_only_reason
        from annotator.io.interchange import read_project_json

        if self.project is None:
            self.show_error(self.tr("Import", "title"), self.tr("Open or create a project first."))
            return
        if self.project.read_only:  # a drop on the window: the actions are already off
            self.show_error(self.tr("Import", "title"),
                            self.tr("{reason}: nothing can be imported into a read-only "
                                    "project.").format(reason=read_only_reason(self.project)))
            return
        if self.import_job is not None:
            self.show_error(self.tr("Import", "title"),
                            self.tr("An import is already running; wait for it to end or "
                                    "cancel it first."))
            return
        paths = [Path(p) for p in paths]
        annotation_files = [p for p in paths if p.is_file() and is_annotation_file(p)]
        if annotation_files:
            paths = [p for p in paths if p not in annotation_files]
            self.import_annotations(annotation_files)
        for path in [p for p in paths if p.suffix.lower() == ".json" and p.is_file()]:
            paths.remove(path)
            # Loading a whole project's rows is not undoable: say so first.
            if self._confirm(self.tr("Load the project data in {name}? This cannot be "
                                     "undone.").format(name=path.name)):
                try:
                    self.project.load(read_project_json(path))
                except (ImportFailed, ProjectError) as exc:
                    self.show_error(self.tr("Import", "title"), str(exc))
        if not paths:
            return
        self.panel.commit_note()
        self.import_job = ImportJob(self.project, paths, self)
        self.import_job.finished.connect(self._import_ended)
        self.import_job.start()

    def import_annotations_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import annotations"), self.settings.import_folder,
            self.tr("Annotation files (*.jsonld *.json *.ann *.qdpx);;"
                    "W3C Web Annotations (*.jsonld *.json);;"
                    "brat standoff (*.ann);;REFI-QDA project (*.qdpx);;All files (*)"))
        if paths:
            self.settings.import_folder = str(Path(paths[0]).parent)
            self.import_annotations(paths)

    def import_annotations(self, paths: list[str | Path]) -> None:
        """Place the files' annotations, show what would be added, store on Import (undoable).

        The dialog is kept in last_annotation_import; its accepted signal stores the plan.
        """
        from annotator.annotation_import import plan_annotation_import
        from annotator.gui.annotation_import_dialog import AnnotationImportDialog

        if self.project is None:
            self.show_error(self.tr("Import annotations"),
                            self.tr("Open or create a project first."))
            return
        self.panel.commit_note()
        try:
            plan = plan_annotation_import(self.project, paths)
        except ProjectError as exc:
            self.show_error(self.tr("Import annotations"), str(exc))
            return
        dialog = AnnotationImportDialog(plan, self)
        dialog.accepted.connect(lambda: self._store_annotation_import(plan))
        self.last_annotation_import = dialog
        dialog.open()

    def _store_annotation_import(self, plan) -> None:
        from annotator.gui.annotation_import_dialog import annotation_import_summary

        if not (plan.annotations or plan.articles):
            return
        if self._push(commands.ImportAnnotations(self.project, plan.articles,
                                                 plan.annotations)):
            self.statusBar().showMessage(
                self.tr("Imported {summary}.").format(
                    summary=annotation_import_summary(plan)), 10000)
            first = (plan.articles[0].id if plan.articles
                     else plan.annotations[0].article_id if plan.annotations else None)
            if first and self.article_id is None:
                self.select_article(first)

    def _import_ended(self, job) -> None:
        from annotator.gui.importing import ImportSummaryDialog, summary_text

        self.import_job = None
        report = job.report
        if report.imported:
            ids = [a.id for a in report.imported]
            self.undo_stack.push(commands.ImportedArticles(self.project, ids))
            self.select_article(ids[0])
            if self.settings.suggest_on_import:
                self.suggest_articles(report.imported)
        message = summary_text(report, job.total, job.cancelled)
        self.statusBar().showMessage(message, 10000)
        if report.duplicates or report.failed or job.cancelled or len(report.imported) > 1:
            self.last_import_summary = ImportSummaryDialog(report, job.total, job.cancelled,
                                                           self)
            self.last_import_summary.open()
        job.deleteLater()
        self.import_finished.emit(job)
        if job.annotation_files and not job.cancelled:
            self.import_annotations(job.annotation_files)

    def paste_as_article(self) -> None:
        from annotator.io.importers import article_from_text

        text = QGuiApplication.clipboard().text()
        if self.project is None:
            return
        if not text.strip():
            self.show_error(self.tr("Paste as new article"),
                            self.tr("The clipboard holds no text."))
            return
        try:
            article = article_from_text(text, origin="clipboard")
        except ImportFailed as exc:
            self.show_error(self.tr("Paste as new article"), str(exc))
            return
        existing = self.project.article_by_hash(article.text_sha256)
        if existing is not None:
            self.show_error(self.tr("Paste as new article"),
                            self.tr("This text is already in the project as “{title}”."
                                    ).format(title=existing.title))
            self.select_article(existing.id)
            return
        command = commands.ImportArticle(self.project, article)
        self.undo_stack.push(command)
        if command.error:
            self.show_error(self.tr("Paste as new article"), str(command.error))
        else:
            self.select_article(article.id)

    def edit_article(self, article_id: str, field: str, value) -> None:
        article = self.project.article(article_id) if self.project else None
        if article is not None:
            self._push(commands.EditArticle(self.project, article_id, field,
                                            getattr(article, field), value))

    def show_details(self) -> None:
        self.side_tabs.setCurrentWidget(self.metadata_pane)
        self.metadata_pane.editors["title"].setFocus()

    # ---- suggestions -----------------------------------------------------------------------

    def suggest_current(self) -> None:
        """Run the engine on the open article in the background, ahead of any batch."""
        from annotator.operations import project_gazetteer

        article = self.view.article
        if self.project is None or article is None or self.suggester.pending(article.id):
            return
        self.suggestions_panel.set_busy(self.tr("Looking for quotes, figures and parties…"))
        self.suggester.request(article.id, article.text, article.language,
                               project_gazetteer(self.project), urgent=True)

    def suggest_articles(self, articles: list) -> None:
        """Queue these articles for suggestions behind the open one (after an import)."""
        from annotator.operations import project_gazetteer

        todo = set(self.project.articles_without_suggestions([a.id for a in articles]))
        gazetteer = project_gazetteer(self.project)
        for article in articles:
            if article.id in todo:
                self.suggester.request(article.id, article.text, article.language, gazetteer)

    def _suggestions_found(self, article_id: str, result) -> None:
        if self.project is None:
            return
        if isinstance(result, str):
            if article_id == self.article_id:
                self.suggestions_panel.set_suggestions([], result)
            return
        article = (self.view.article if article_id == self.article_id
                   else self.project.article(article_id))
        if article is None or any(article.text[s.start:s.end] != s.text for s in result):
            # Found in a text revised since (Revise Article Text): look again.
            if article is not None and article_id == self.article_id:
                self.suggest_current()
            return
        if article_id == self.article_id:
            self._suggestions[article_id] = result
        else:  # read back from the file when opened: a batch is not held in memory
            self._suggestions.pop(article_id, None)
        # Kept in the file; the change notice refreshes the list if the article is open.
        if not self.project.read_only:
            self.project.save_suggestion_set(article_id, [s.to_dict() for s in result])

    def _suggest_progress(self, done: int, total: int) -> None:
        running = total > 0 and done < total
        self.suggest_status.setVisible(running)
        self.suggest_stop.setVisible(running)
        if running:
            self.suggest_status.setText(
                self.tr("Suggesting: {done} of %n imported article(s)", "", total).format(
                    done=done))
        elif total:
            self.statusBar().showMessage(
                self.tr("Suggestions ready for %n imported article(s)", "", total), 10000)

    def _open_suggestions(self) -> list:
        """The open article's suggestions that are neither annotated nor rejected."""
        found = self._suggestions.get(self.article_id or "", [])
        if not found:
            return []
        rejected = self.project.rejected_suggestions(self.article_id)
        annotated = self.view.highlighted_spans()  # the view holds them: no query
        return [s for s in found if (s.category, s.start, s.end) not in rejected
                and (s.category, s.start, s.end) not in annotated]

    def _show_suggestions(self) -> None:
        if self.article_id is None or self.article_id not in self._suggestions:
            self.view.set_suggestions([])
            if self.article_id is not None and self.suggester.pending(self.article_id):
                self.suggestions_panel.set_busy(
                    self.tr("Looking for quotes, figures and parties…"))
            else:
                self.suggestions_panel.set_suggestions(
                    [], self.tr("Press Suggest (Ctrl+Alt+S) to find quotes, figures and "
                                "parties."))
            return
        shown = self._open_suggestions()
        colors = {c.id: c.color for c in self._categories}
        self.view.set_suggestions([(s.start, s.end, colors.get(s.category, "#888888"))
                                   for s in shown])
        self.suggestions_panel.set_suggestions(shown)

    def accept_suggestions(self, suggestions: list) -> None:
        if self.project is None or self.view.article is None or not suggestions:
            return
        self._push(commands.AcceptSuggestions(self.project, self.view.article, suggestions))

    def reject_suggestions(self, suggestions: list) -> None:
        if self.project is None or self.article_id is None or not suggestions:
            return
        self._push(commands.RejectSuggestions(self.project, self.article_id, suggestions))

    def _set_suggest_on_open(self, on: bool) -> None:
        self.settings.suggest_on_open = on
        if on and self.article_id and self.article_id not in self._suggestions:
            self.suggest_current()

    def stop_background_suggestions(self) -> None:
        self.suggester.cancel_background()

    def _set_suggest_on_import(self, on: bool) -> None:
        self.settings.suggest_on_import = on

    def delete_current_article(self) -> None:
        if self.project is None or self.article_id is None:
            return
        article = self.project.article(self.article_id)
        self._push(commands.DeleteArticle(self.project, article.id, article.title))

    # ---- annotating ----------------------------------------------------------------------

    def annotate_selection(self, category_id: str) -> Annotation | None:
        """Mark the selected text (snapped to whole words) with a category."""
        if self.project is None or self.view.article is None:
            return None
        article = self.view.article
        start, end = snap_selection(article.text, *self.view.selected_span())
        if start >= end:
            self.statusBar().showMessage(self.tr("Select some text to annotate first."), 5000)
            return None
        category = next(c for c in self._categories if c.id == category_id)
        self._last_category_id = category_id  # what sticky mode goes on with
        annotation = self.project.new_annotation(article, category_id, start, end)
        if self.view.selected_span() != (start, end):
            self.view.select_span(start, end)  # show what the snapping kept
        if self._push(commands.AddAnnotation(self.project, annotation,
                                             category_label(category, interface_language()))):
            self._select_when_listed = annotation.id  # once the panel has its row
            return annotation
        return None

    def edit_annotation(self, annotation_id: str, field: str, value) -> None:
        current = self.annotation_model.annotation(annotation_id)
        if self.project is None or current is None:
            return
        label = {"status": self.tr("Change status"), "note": self.tr("Edit note"),
                 "rating": self.tr("Edit rating"), "speaker_id": self.tr("Edit speaker"),
                 "claimant_id": self.tr("Edit claimant"), "party_id": self.tr("Edit party"),
                 "value": self.tr("Edit value"), "unit": self.tr("Edit unit"),
                 "ref_date": self.tr("Edit reference date")}.get(field) \
            or self.tr("Edit {field}").format(field=field)
        self._push(commands.EditAnnotation(self.project, annotation_id, field,
                                           getattr(current, field), value, label))

    def delete_annotations(self, ids: list[str]) -> None:
        found = [a for a in (self.annotation_model.annotation(i) for i in ids) if a]
        if self.project is not None and found:
            self._push(commands.DeleteAnnotations(self.project, found))

    def open_annotation(self, article_id: str, annotation_id: str) -> None:
        """Show an annotation of any article: open it, select the row, select the text."""
        if self.filter_bar.active() and self.article_model.row_of(article_id) < 0:
            self.filter_bar.clear()  # the filter hides it: showing it matters more
        self.select_article(article_id)
        self._apply_pending_changes()
        self.side_tabs.setCurrentWidget(self.panel)
        self.panel.select(annotation_id)
        self.reveal_annotation(annotation_id)

    def merge_parties(self, source_id: str, target_id: str) -> None:
        source, target = self.project.party(source_id), self.project.party(target_id)
        if source is not None and target is not None:
            self._push(MergeParties(self.project, source_id, target_id, source.name,
                                    target.name))

    def show_search(self) -> None:
        self.side_tabs.setCurrentWidget(self.search_panel)
        self.search_panel.focus_search()

    def open_search_hit(self, hit) -> None:
        """Open the article of a search hit there: the annotation, the orphan, or the first
        hit in the text (selected, in code points). The results stay in view."""
        if hit.kind == "annotation" and not hit.orphaned:
            self.open_annotation(hit.article_id, hit.annotation_id)
        else:
            if self.filter_bar.active() and self.article_model.row_of(hit.article_id) < 0:
                self.filter_bar.clear()  # the filter hides it: showing it matters more
            self.select_article(hit.article_id)
            if hit.orphaned:  # no place in the text: the Orphans tab is where it is
                self.side_tabs.setCurrentWidget(self.orphans_view)
                self.orphans_view.select(hit.annotation_id)
                return
            if hit.start is not None and self.article_id == hit.article_id:
                self.view.select_span(hit.start, hit.end)
        self.side_tabs.setCurrentWidget(self.search_panel)

    def show_parties(self) -> None:
        self.side_tabs.setCurrentWidget(self.parties_tab)
        self.parties_view.filter.setFocus()

    def show_statistics(self) -> None:
        """Annotate ▸ Statistics…: the dashboard (non-modal), kept in stats_dialog."""
        from annotator.gui.stats_view import StatisticsDialog

        if self.project is None:
            return
        if self.stats_dialog is None:
            dialog = self.stats_dialog = StatisticsDialog(
                self.project, lambda: (self.article_id, self.view.article.title)
                if self.article_id and self.view.article else None,
                interface_language, self.show_error, self)
            self.bridge.changed.connect(dialog.project_changed)
            self.article_list.selectionModel().currentChanged.connect(dialog.article_changed)
        self.stats_dialog.show()
        self.stats_dialog.raise_()
        self.stats_dialog.activateWindow()

    # ---- keyboard: moving between annotations, sticky category ---------------------------

    def step_annotation(self, step: int) -> str | None:
        """J / K: select the next (1) or previous (-1) annotation in the text, in the panel
        and the text alike; returns its id."""
        if self.view.article is None:
            return None
        annotation_id = self.view.neighbour_annotation(self.panel.current_id, step)
        if annotation_id is None:
            self.statusBar().showMessage(
                self.tr("No annotation after this one.") if step > 0
                else self.tr("No annotation before this one."), 3000)
            return None
        self.panel.select(annotation_id)
        self.view.select_span(*self.view.span_of(annotation_id)[1:])
        return annotation_id

    def step_suggestion(self, step: int) -> Suggestion | None:
        """N / Shift+N: the next or previous suggestion, shown in the text and selected in
        the Suggestions tab, whose list takes the keyboard: Enter accepts, Backspace
        rejects."""
        panel = self.suggestions_panel
        if self.view.article is None or not self.side_tabs.isTabEnabled(
                self.side_tabs.indexOf(panel)):
            return None
        self.side_tabs.setCurrentWidget(panel)
        suggestion = panel.step(step)
        if suggestion is None:
            self.statusBar().showMessage(
                self.tr("No suggestion to show: press Suggest (Ctrl+Alt+S) first.")
                if not panel.list.count() else
                self.tr("No suggestion after this one.") if step > 0
                else self.tr("No suggestion before this one."), 3000)
        panel.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return suggestion

    def _sticky_toggled(self, on: bool) -> None:
        if on and self._sticky_category() is None:
            self.sticky_action.setChecked(False)
            return
        self.statusBar().showMessage(
            self.tr("Sticky category: each selection becomes a {category} (Annotate ▸ Sticky "
                    "Category to stop).").format(category=category_label(
                        self._sticky_category(), interface_language()).lower())
            if on else self.tr("Sticky category off."), 8000)

    def _sticky_category(self) -> Category | None:
        """The category sticky mode applies: the last one used, else the first."""
        return next((c for c in self._categories if c.id == self._last_category_id),
                    self._categories[0] if self._categories else None)

    def _selection_made(self) -> None:
        if self.sticky_action.isChecked() and (category := self._sticky_category()):
            self.annotate_selection(category.id)

    def shortcut_sheet(self) -> None:
        """Help ▸ Keyboard Shortcuts (F1, ?): kept in last_shortcut_sheet."""
        from annotator.gui.shortcut_sheet import ShortcutSheet

        sheet = ShortcutSheet(self.menuBar(), self)
        self.last_shortcut_sheet = sheet
        sheet.show()

    def reveal_annotation(self, annotation_id: str) -> None:
        a = self.annotation_model.annotation(annotation_id)
        if a is not None:
            self.view.select_span(a.start, a.end)

    def _annotation_clicked_in_text(self, annotation_id: str) -> None:
        self.panel.select(annotation_id)

    def _push(self, command: commands.StoreCommand) -> bool:
        if self.project is not None and self.project.read_only:
            from annotator.gui.project_access import read_only_reason

            self._disable_writing_if_read_only()  # the lock may have been taken over
            self.show_error(self.tr("Read-only project"),
                            self.tr("{reason}: the change was not saved.").format(
                                reason=read_only_reason(self.project)))
            return False
        self.undo_stack.push(command)
        if command.error is not None:
            self.show_error(self.tr("Could not save the change"), str(command.error))
            return False
        return True

    # ---- revising an article's text ------------------------------------------------------

    def revise_article_dialog(self) -> None:
        """Edit ▸ Revise Article Text…: paste or load the corrected text, then revise."""
        from annotator.gui.revision_dialog import RevisionDialog

        if self.project is None or self.view.article is None:
            return
        self.panel.commit_note()
        dialog = RevisionDialog(self, self.view.article, _import_filter(),
                                self.settings.import_folder)
        if dialog.exec():
            self.revise_article(dialog.text())

    def revise_article(self, new_text: str):
        """Replace the open article's text, as one undoable step, and say what became of
        its annotations. Re-anchoring runs on the writer thread (a book-length text takes
        seconds), with Cancel; returns that BackgroundWrite, None if nothing is to be done.
        last_revision_report holds the store's ReanchorReport once it is done."""
        from annotator.core.text import normalize_text

        article = self.view.article
        if self.project is None or article is None:
            return None
        if normalize_text(new_text) == article.text:
            self.statusBar().showMessage(self.tr("The text is unchanged."), 5000)
            return None
        if self.project.read_only:  # _push says why nothing is done
            self._push(commands.ReviseArticleText(self.project, article.id, new_text,
                                                  article.title))
            return None
        self.panel.commit_note()
        project = self.project
        return self.run_write(
            self.tr("Revise article text"),
            self.tr("Placing the annotations in the corrected text…"),
            lambda cancelled, _progress: project.revise_article_text(article.id, new_text,
                                                                     cancelled=cancelled),
            lambda report: self._revised(article.id, new_text, article.title, report))

    def _revised(self, article_id: str, new_text: str, title: str, report) -> None:
        """The text is revised: make it an undo step, and say what became of its
        annotations."""
        if not report.changed:
            self.statusBar().showMessage(self.tr("The text is unchanged."), 5000)
            return
        self._push(commands.ReviseArticleText(self.project, article_id, new_text, title,
                                              done=report))
        self.last_revision_report = report
        summary = self._revision_summary(report)
        self.statusBar().showMessage(
            self.tr("Text revised: {summary}.").format(summary=summary), 15000)
        details = [self.tr("Annotations: {summary}.").format(summary=summary)]
        if report.edited:
            details.append(self.tr("%n now cover(s) edited words: check them.", "",
                                   len(report.edited)))
        if report.orphaned:
            details.append(self.tr("%n could not be placed with confidence. They are kept in "
                                   "the Orphans tab: select their words in the text and press "
                                   "Place Here.", "", len(report.orphaned)))
            self.side_tabs.setCurrentWidget(self.orphans_view)
        details.append(self.tr("Edit ▸ Undo puts the old text and every annotation back."))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Article text revised"),
                          "\n\n".join(details), QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.last_revision_summary = box

    def _revision_summary(self, report) -> str:
        """"12 unchanged, 3 moved (1 with edited words), 1 orphaned", as ReanchorReport
        words it, in the interface language."""
        counts = {"unchanged": len(report.unchanged), "moved": len(report.moved),
                  "edited": len(report.edited), "orphaned": len(report.orphaned)}
        if report.edited:
            return self.tr("{unchanged} unchanged, {moved} moved ({edited} with edited words), "
                           "{orphaned} orphaned").format(**counts)
        return self.tr("{unchanged} unchanged, {moved} moved, {orphaned} orphaned"
                       ).format(**counts)

    def place_orphan(self, annotation_id: str) -> bool:
        """Place an orphan on the words selected in the article (snapped like annotating)."""
        article = self.view.article
        orphan = self.project.annotation(annotation_id) if self.project else None
        if article is None or orphan is None or orphan.article_id != article.id:
            return False
        start, end = snap_selection(article.text, *self.view.selected_span())
        if start >= end:
            self.statusBar().showMessage(
                self.tr("Select the words this annotation belongs to, then press Place Here."),
                6000)
            return False
        if self._push(commands.PlaceOrphan(self.project, annotation_id, start, end,
                                           orphan.exact)):
            self._select_when_listed = annotation_id
            return True
        return False

    def _delete_orphan(self, annotation_id: str) -> None:
        orphan = self.project.annotation(annotation_id) if self.project else None
        if orphan is not None:
            self._push(commands.DeleteAnnotations(self.project, [orphan]))

    def _show_orphans(self) -> None:
        orphans = (self.project.orphans(self.article_id)
                   if self.project is not None and self.article_id else [])
        self.orphans_view.set_orphans(orphans, {c.id: c for c in self._categories})

    # ---- categories ----------------------------------------------------------------------

    def categories_dialog(self) -> None:
        from annotator.gui.dialogs import CategoriesDialog

        if self.project is None:
            return
        dialog = CategoriesDialog(self, self._categories, self._apply_category)
        self.project.changes.subscribe(
            refresh := lambda change: change.entity == "category"
            and dialog.set_categories(self.project.categories()))
        try:
            dialog.exec()
        finally:
            self.project.changes.unsubscribe(refresh)

    def _apply_category(self, category: Category | None, name: str, color: str,
                        shortcut: str) -> None:
        try:
            if category is None:
                self.project.add_category(name, color, shortcut)
            else:
                self.project.update_category(category.id, name=name, color=color,
                                             shortcut=shortcut)
        except ValueError as exc:
            self.show_error(self.tr("Categories", "title"), self._refusal_text(exc))

    # ---- store changes -------------------------------------------------------------------

    def _on_store_change(self, change: Change) -> None:
        if change.entity == "annotation":
            # The highlight is redrawn at once; the lists, the panel and the counts follow on
            # the next turn of the event loop, so a keystroke costs one repaint of the text.
            fetched = (self._update_highlights(change)
                       if self.article_id in change.article_ids else {})
            self._pending_changes.append((change, fetched))
            if len(self._pending_changes) == 1:
                QTimer.singleShot(0, self._apply_pending_changes)
            return
        self._apply_pending_changes()  # keep the order of changes
        if change.entity == "suggestion":
            if self.article_id in change.article_ids:
                self._show_suggestions()
            return
        if change.entity in ("party", "status", "settings"):
            self._refresh_choices()
            if change.entity == "party" and self.filter_bar.active():
                self.apply_filters()
            return
        self.article_model.on_change(change)
        if change.entity in ("category", "project"):
            self._categories = self.project.categories()
            self._rebuild_category_actions()
            self.panel.set_categories(self._categories)
            self.show_article(self.article_id)
        elif change.entity == "article":
            if change.op == "removed" and self.article_id in change.ids:
                self.show_article(None)
                if self.article_model.rowCount():
                    self.select_article(self.article_model.article_id(0))
            elif change.op == "added" and len(change.ids) == 1 and self.article_id is None:
                self.select_article(change.ids[0])
            elif change.op == "updated":
                for article_id in change.ids:  # read again from the file when opened
                    if article_id != self.article_id:
                        self._suggestions.pop(article_id, None)
                if self.article_id in change.ids:
                    article = self.project.article(self.article_id)
                    if self.view.article is not None and article.text != self.view.article.text:
                        self._text_revised(article)
                    else:
                        self._show_article_header(article)

    def _text_revised(self, article) -> None:
        """The open article's text was replaced (a revision, its undo or redo): lay it out
        again where the reader was; its suggestions were for the old text."""
        self._suggestions.pop(article.id, None)
        scrolled = self.view.verticalScrollBar().value()
        self.show_article(article.id)
        self.view.verticalScrollBar().setValue(scrolled)

    def _update_highlights(self, change: Change) -> dict[str, Annotation | None]:
        """Redraw the changed spans; returns the rows read, for the panel to reuse."""
        fetched = {}
        # Many at once (a revision of the text): read in a few queries, not one each.
        rows = (self.project.annotations_by_id(change.ids)
                if change.op != "removed" and len(change.ids) > 20 else None)
        for annotation_id in change.ids:
            a = (None if change.op == "removed" else rows.get(annotation_id) if rows is not None
                 else self.project.annotation(annotation_id))
            if a is not None and a.article_id != self.article_id:
                continue  # one change can span several articles (an import)
            fetched[annotation_id] = a
            if a is None or a.deleted_at or a.orphaned_at:
                self.view.remove_span(annotation_id)
            elif self.view.span_of(annotation_id) != (a.category_id, a.start, a.end):
                self.view.add_span(annotation_id, a.category_id, a.start, a.end)
        return fetched

    def _apply_pending_changes(self) -> None:
        pending, self._pending_changes = self._pending_changes, []
        if self.project is None:
            return
        # Only a highlight added or removed changes what is still to suggest (not a note).
        if self.article_id in self._suggestions and any(
                self.article_id in change.article_ids and change.op in ("added", "removed")
                for change, _ in pending):
            self._show_suggestions()
        if pending and self.filter_bar.active():
            self.apply_filters()  # a status or link changed: what passes may have too
        if any(self.article_id in change.article_ids for change, _ in pending):
            self._show_orphans()
        for change, fetched in pending:
            self.article_model.on_change(change)
            if self.article_id in change.article_ids:
                self.annotation_model.on_change(change, fetched)
                if self.panel.current_id in change.ids:
                    self.panel.refresh_current()
                    self._show_evidence(self.panel.current_id)
        if pending:
            self._update_counts()
        if self._select_when_listed:
            self.panel.select(self._select_when_listed)
            self._select_when_listed = None

    # ---- the fact-check record ----------------------------------------------------------

    def project_language(self) -> str:
        """fr or en: the labels of statuses and ratings as exports word them (the window
        shows them in the interface language)."""
        language = self.project.meta().get("language", "") if self.project else ""
        return "fr" if language.lower().startswith("fr") else "en"

    def _refresh_choices(self) -> None:
        """Statuses, parties and editors changed: refill every list that offers them."""
        if self.project is None:
            return
        lang = interface_language()
        statuses, parties = self.project.statuses(), self.project.parties()
        self.panel.editor.set_statuses(statuses, lang)
        self._rebuild_status_actions(statuses, lang)
        self.panel.editor.set_parties(parties)
        self.annotation_model.set_status_labels({s.id: s.label(lang) for s in statuses})
        self.filter_bar.set_choices(self._categories, statuses, parties,
                                    self.project.editors(), lang)
        self.panel.refresh_current()

    def _rebuild_status_actions(self, statuses, lang: str) -> None:
        """Annotate ▸ Set Status: one action per project status, Alt+1 to Alt+9 in the
        desk's order, acting on the current annotation."""
        self.status_menu.clear()
        for number, status in enumerate(statuses, start=1):
            action = self.status_menu.addAction(status.label(lang))
            if number <= 9:
                action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.triggered.connect(
                lambda _checked=False, sid=status.id: self.set_current_status(sid))

    def set_current_status(self, status_id: str) -> None:
        annotation_id = self.panel.current_id
        if annotation_id is None:
            self.statusBar().showMessage(
                self.tr("Select an annotation first (J and K go through them)."), 4000)
            return
        self.edit_annotation(annotation_id, "status", status_id)

    def _show_evidence(self, annotation_id: str) -> None:
        if self.project is not None:
            self.panel.editor.set_evidence(
                self.project.evidence_of(annotation_id) if annotation_id else [])

    def _link_new_party(self, annotation_id: str, field: str, name: str) -> None:
        current = self.annotation_model.annotation(annotation_id)
        if self.project is None or current is None:
            return
        kind = "person" if field == "speaker_id" else "other"
        if self._confirm(self.tr("“{name}” is not a party of this project yet. Add it?"
                                 ).format(name=name)):
            self._push(commands.LinkNewParty(self.project, annotation_id, field,
                                             getattr(current, field), name, kind))
        else:
            self.panel.refresh_current()

    def apply_filters(self) -> None:
        """Narrow the article list and the panel to what the filter bar lets through."""
        if self.project is None:
            return
        values = self.filter_bar.values()
        self.article_model.set_allowed(
            self.project.matching_article_ids(**values) if self.filter_bar.active() else None)
        self._filter_annotations()
        if self.article_id is not None:
            row = self.article_model.row_of(self.article_id)
            if row >= 0:
                self.article_list.setCurrentIndex(self.article_model.index(row))

    def _filter_annotations(self) -> None:
        if self.project is None or self.article_id is None or not self.filter_bar.active():
            self.annotation_model.set_allowed(None)
            return
        self.annotation_model.set_allowed(self.project.matching_annotation_ids(
            self.article_id, **self.filter_bar.values()))

    def statuses_dialog(self) -> None:
        from annotator.gui.project_dialogs import StatusesDialog

        if self.project is not None:
            project = self.project
            StatusesDialog(self, project.statuses, self._worded(project.add_status),
                           self._worded(project.update_status),
                           self._worded(project.delete_status)).exec()

    def _worded(self, change):
        """`change`, a refusal from the store raised again as a ValueError in the
        interface language (the dialog shows str() of it)."""
        from annotator.store.errors import RefusedValue

        def call(*args, **kwargs):
            try:
                return change(*args, **kwargs)
            except RefusedValue as exc:
                raise ValueError(self._refusal_text(exc)) from exc

        return call

    def _refusal_text(self, exc: ValueError) -> str:
        """Why the store refused a status or a category (a RefusedValue's reason code), in
        the interface language; other ValueErrors as they are."""
        reason, details = getattr(exc, "reason", None), getattr(exc, "details", {})
        if reason == "status-unnamed":
            return self.tr("A status needs a name.")
        if reason == "status-exists":
            return self.tr("There is already a status called “{name}”.").format(
                name=details.get("name", ""))
        if reason == "status-in-use":
            return self.tr("%n annotation(s) have this status; change them first.", "",
                           details.get("count", 0))
        if reason == "status-default":
            return self.tr("The status new annotations start with cannot be deleted.")
        if reason == "category-unnamed":
            return self.tr("A category needs a name.")
        if reason == "category-exists":
            return self.tr("A category named “{name}” already exists.").format(
                name=details.get("name", ""))
        return str(exc)

    def project_settings_dialog(self) -> None:
        from annotator.gui.project_dialogs import ProjectSettingsDialog

        if self.project is None:
            return
        dialog = ProjectSettingsDialog(self, self.project.meta())
        if dialog.exec():
            self.project.set_settings(**dialog.values())

    def _update_counts(self) -> None:
        counts = self.annotation_model.counts()
        lang = interface_language()
        parts = [self.tr("{category}: {count}").format(category=category_label(c, lang),
                                                       count=counts.get(c.id, 0))
                 for c in self._categories]
        self.counts_label.setText("   ".join(parts) if self.article_id else "")

    # ---- misc ----------------------------------------------------------------------------

    def export_dialog(self) -> None:
        from annotator.gui.dialogs import ExportDialog
        from annotator.io.exporters import EXTENSIONS, FORMATS

        if self.project is None:
            return
        self.panel.commit_note()
        title = self.view.article.title if self.view.article else None
        def preview(whole: bool) -> str:
            from annotator.operations import preview_html

            ids = None if whole or self.article_id is None else [self.article_id]
            return preview_html(self.project, ids, self.settings.template_folder or None)

        dialog = ExportDialog(self, FORMATS, EXTENSIONS, self.settings.export_folder, title,
                              self.project.path.stem, self.settings.template_folder,
                              preview=preview)
        if dialog.exec():
            article_ids = None if dialog.whole_project else [self.article_id]
            self.settings.template_folder = dialog.template_folder
            self.export(dialog.fmt, dialog.path, article_ids, dialog.template_folder or None)

    def export(self, fmt: str, path: Path, article_ids: list[str] | None,
               template_folder: str | None = None):
        """Export in the background (see background_export); returns the running
        BackgroundExport, also kept in last_export. export_finished reports the end."""
        from annotator.gui.background_export import BackgroundExport

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.show_error(self.tr("Export failed"),
                            self.tr("{path}: cannot write: {error}").format(
                                path=path, error=exc.strerror or exc))
            return None
        job = BackgroundExport(self.project, fmt, path, article_ids, template_folder, self,
                               meta_defaults=self._organisation())
        job.finished.connect(lambda outcome: self._export_finished(path, outcome))
        self.last_export = job
        job.start()
        return job

    def _export_finished(self, path: Path, outcome) -> None:
        from annotator.io.errors import ExportCancelled

        if isinstance(outcome, ExportCancelled):
            self.statusBar().showMessage(
                self.tr("Export cancelled: {name} was not written").format(name=path.name),
                10000)
        elif isinstance(outcome, Exception):
            message = str(outcome) if isinstance(outcome, (ExportFailed, OSError)) else \
                self.tr("{path}: export failed: {error}").format(
                    path=path, error=f"{type(outcome).__name__}: {outcome}")
            self.show_error(self.tr("Export failed"), message)
        else:
            self.settings.export_folder = str(path.parent)
            self.statusBar().showMessage(self.tr("Exported to {path}").format(path=outcome),
                                         10000)
        self.export_finished.emit(outcome)

    def datasette_dialog(self) -> None:
        """File ▸ Datasette Metadata…: written beside the project unless chosen elsewhere."""
        from annotator.operations import datasette_metadata_path, write_datasette_metadata

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Datasette Metadata"),
            str(datasette_metadata_path(self.project.path)), self.tr("JSON (*.json)"))
        if not path:
            return
        try:
            written = write_datasette_metadata(self.project, path)
        except ExportFailed as exc:
            self.show_error(self.tr("Datasette metadata"), str(exc))
            return
        self.last_datasette_metadata = written
        command = f'datasette "{self.project.path}" -m "{written}"'
        QApplication.clipboard().setText(command)
        self.statusBar().showMessage(
            self.tr("Saved {path}. Browse the project with: {command} (copied)").format(
                path=written, command=command), 20000)

    def preferences_dialog(self) -> None:
        """Edit ▸ Preferences…; kept in last_preferences (applied on OK)."""
        from annotator.gui.preferences import PreferencesDialog

        labels = shortcuts.menu_labels(self.menuBar())
        taken = {c.shortcut: category_label(c, interface_language())
                 for c in self._categories if c.shortcut}
        dialog = PreferencesDialog(self.settings, self,
                                   shortcuts.entries(shortcuts.window_actions(self), labels),
                                   taken)
        dialog.accepted.connect(self.apply_preferences)
        self.last_preferences = dialog
        dialog.open()

    def _organisation(self) -> dict[str, str]:
        """The editor's organisation from Preferences, as project settings."""
        return {"organisation_name": self.settings.organisation_name,
                "organisation_url": self.settings.organisation_url}

    def apply_preferences(self) -> None:
        """Make the window follow the settings (at start, and after Preferences)."""
        s = self.settings
        if self.project is not None:
            self.project.author = s.editor_name
        self.view.set_reading_font(*s.article_font)
        self.view.set_reading_width(s.reading_width)
        apply_theme(s.theme, s.high_contrast)
        shortcuts.apply_overrides(shortcuts.window_actions(self), s.shortcut_overrides())
        for action, on in ((self.suggest_on_open_action, s.suggest_on_open),
                           (self.suggest_on_import_action, s.suggest_on_import)):
            if action.isChecked() != on:
                action.setChecked(on)

    def editor_name_dialog(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Editor name"), self.tr("Name recorded on your annotations:"),
            text=self.settings.editor_name)
        if ok and name.strip():
            self.settings.editor_name = name
            if self.project is not None:
                self.project.author = name.strip()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About {app}").format(app=APP_NAME),
                          self.tr("{app} {version}\n\nHighlight quotes, figures and parties in "
                                  "press articles and export fact sheets.").format(
                              app=APP_NAME, version=__version__))

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, APP_NAME, question)
        return answer == QMessageBox.StandardButton.Yes

    # ---- window events -------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.project is not None and event.mimeData().hasUrls():
            if any(url.isLocalFile() for url in event.mimeData().urls()):
                event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            # Leave the drag-and-drop loop before any dialog can open.
            QTimer.singleShot(0, lambda: self.import_files(paths))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.settings.save_window_state(self.saveGeometry(), self.splitter.saveState())
        self.close_project()
        super().closeEvent(event)


def _day(published: str | None) -> str:
    """The date part of an ISO 8601 publication time, for the header line."""
    return (published or "")[:10]


def _swatch(color: str) -> QIcon:
    """A small square of the category colour, so toolbar and menus match the highlights."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)
