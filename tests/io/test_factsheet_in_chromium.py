"""The exported HTML fact sheet opened in a real browser: hostile text stays inert text.

Headless Chromium opens each page from disk while a small HTTP server on 127.0.0.1 records
every request it gets. Every text field of the project (notes, titles, byline, party and
category names, evidence, article text) carries script, image, frame, stylesheet and
refresh payloads aimed at that server. The exported sheet must show them as text: no
script runs, nothing is fetched, the page stays as exported.

A hand-written control page with the same payloads left unescaped shows that this set-up
would see a script run or a request made (so "no request" is not a blind spot), and the
same page under the sheet's Content-Security-Policy shows that policy working on its own.
The pages are opened together, three at a time, so the module takes a few seconds.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import threading
import zlib
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import lxml.html
import pytest
from export_sample import SCRIPT_NOTE, span
from lxml import etree

from annotator.core.model import (
    BUILTIN_CATEGORIES,
    Annotation,
    Article,
    Category,
    Evidence,
    Party,
    ProjectData,
)
from annotator.io.exporters import export
from annotator.io.factsheet_html import CSP

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="needs Chromium (Debian package 'chromium', installed by scripts/install-system-deps.sh)",
)

PWNED = "PWNED"
# Each payload fetches {b}/<its name> if it ever runs or loads; {b} is the page's own base
# URL on the recording server, so every request says which page and which payload made it.
PAYLOADS = {
    "script": "<script>fetch('{b}/script'); document.title = 'PWNED';"
              " document.body.insertAdjacentHTML('beforeend', '<p id=pwned>pwned</p>')</script>",
    "img": '<img src="{b}/img">',
    "onerror": "<img src=x onerror=\"fetch('{b}/onerror'); document.title = 'PWNED'\">",
    "iframe": '<iframe src="{b}/iframe"></iframe>',
    "link": '<link rel=stylesheet href="{b}/link">',
    "svg": "<svg onload=\"fetch('{b}/svg')\"></svg>",
    "import": "<style>@import url({b}/import);</style>",
    "object": '<object data="{b}/object"></object>',
    "bg": '<p style="background: url({b}/bg)">bg</p>',
    "breakout": "</title></textarea></style>\"'><script>fetch('{b}/breakout')</script>",
    # A Content-Security-Policy cannot stop this one: only escaping does.
    "refresh": '<meta http-equiv="refresh" content="0; url={b}/refresh">',
}
BUDGET_MS = 3000  # virtual time: pending loads, timers and the refresh all get to happen
TIMEOUT_S = 30  # a page opens in about a second; a script calling alert() never finishes


def hostile(base: str, names=PAYLOADS) -> str:
    return " ".join(PAYLOADS[n].format(b=base) for n in names)


def hostile_project(base: str) -> ProjectData:
    evil = hostile(base)
    text = f"Le maire a dit {evil} hier.\n\nLa préfecture dément : {evil}."
    first, second = span(text, evil), span(text, evil, 1)
    maire = span(text, "Le maire")
    dates = {"created_at": "2024-03-05T09:15:00.000Z", "updated_at": "2024-03-05T10:02:00.000Z"}
    return ProjectData(
        meta={"title": f"Dossier {evil}", "language": "fr"},
        categories=[
            *BUILTIN_CATEGORIES,
            Category("cat-evil", f'Catégorie "><b>{evil}', f"#fff; background: url({base}/colour)",
                     "", "user", 3),
        ],
        parties=[Party("party-evil", f"Élodie {evil}", "person", [evil], evil)],
        articles=[
            Article("art-1", f"Titre {evil}", text, byline=f"Par {evil}", source=evil,
                    url=f"javascript:fetch('{base}/article-url')", dateline=evil,
                    language="fr", published="2024-03-05"),
            Article("art-2", f"Autre {evil}", "Rien à signaler.", byline=evil),
        ],
        annotations=[
            Annotation("ann-quote", "art-1", "quote", *first, evil, note=evil, author=evil,
                       speaker_id="party-evil", claimant_id="party-evil", **dates),
            Annotation("ann-figure", "art-1", "figure", *second, evil, note=SCRIPT_NOTE,
                       status="false", value=evil, unit=evil, rating=evil, **dates),
            Annotation("ann-cat", "art-1", "cat-evil", *maire, "Le maire", note=evil,
                       status="misleading", **dates),
        ],
        evidence=[
            Evidence("ev-1", "ann-quote", f"javascript:fetch('{base}/evidence-url')",
                     f"Source {evil}", None, evil),
            Evidence("ev-2", "ann-quote", f"{base}/evidence-link", "A plain link", None, ""),
            Evidence("ev-3", "ann-figure", evil, "", None, ""),
        ],
    )


# --- the recording server and the browser ---------------------------------------------


class Recorder(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), RecordingHandler)
        self.paths: list[str] = []
        self.lock = threading.Lock()

    def base(self, tag: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/{tag}"

    def requests_for(self, tag: str) -> list[str]:
        with self.lock:
            return [p for p in self.paths if p.startswith(f"/{tag}/")]


class RecordingHandler(BaseHTTPRequestHandler):
    def _record(self) -> None:
        with self.server.lock:
            self.server.paths.append(self.path)
        # 204: nothing to show, and a refresh to it leaves the page where it is.
        self.send_response(204)
        self.end_headers()

    do_GET = do_POST = do_HEAD = _record

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    recorder = Recorder()
    thread = threading.Thread(target=recorder.serve_forever, daemon=True)
    thread.start()
    yield recorder
    recorder.shutdown()
    recorder.server_close()
    thread.join(timeout=5)


def chromium(page, profile, *args: str) -> str:
    """Open `page` in a fresh headless Chromium profile; what it printed on stdout."""
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--no-default-browser-check", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-proxy-server",
        f"--user-data-dir={profile}", "--window-size=1000,1400", *args, page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S)
    if done.returncode != 0:
        raise AssertionError(f"chromium exited with {done.returncode}:\n{done.stderr[-2000:]}")
    return done.stdout


def dump_dom(page, profile, *args: str) -> str:
    """The page's DOM once its loads, timers and refreshes have had BUDGET_MS to happen.

    "" if Chromium did not finish: an alert() from a script blocks a headless page for good.
    """
    try:
        dom = chromium(page, profile, f"--virtual-time-budget={BUDGET_MS}", "--dump-dom", *args)
    except subprocess.TimeoutExpired:
        return ""
    assert "<html" in dom, f"chromium printed no DOM for {page.name}"
    return dom


def parse(dom: str, tag: str):
    assert dom, f"Chromium never finished the {tag} page: a script ran and opened a dialog"
    return lxml.html.document_fromstring(dom)


def without_csp(html: str) -> str:
    stripped, count = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', "", html)
    assert count == 1
    return stripped


def control_page(base: str, csp: bool) -> str:
    # The refresh payload is left out under the policy: CSP does not cover navigation.
    names = [n for n in PAYLOADS if not (csp and n == "refresh")]
    meta = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' if csp else ""
    return (f'<!DOCTYPE html><html><head>{meta}<meta charset="utf-8"><title>Control</title>'
            f"</head><body><h1>Control</h1><p>{hostile(base, names)}</p></body></html>")


@pytest.fixture(scope="module")
def opened(server, tmp_path_factory):
    """Every page of the module opened once, a few at a time: tag -> (DOM, data)."""
    folder = tmp_path_factory.mktemp("chromium")
    pages, datas = {}, {}
    for tag, article_ids in (("project", None), ("article", ["art-1"]), ("nocsp", None)):
        datas[tag] = hostile_project(server.base(tag))
        pages[tag] = export(datas[tag], "html", folder / f"{tag}.html", article_ids)
    (folder / "nocsp.html").write_text(without_csp(pages["nocsp"].read_text(encoding="utf-8")),
                                       encoding="utf-8")
    for tag, csp in (("control", False), ("control-csp", True)):
        pages[tag] = folder / f"{tag}.html"
        pages[tag].write_text(control_page(server.base(tag), csp), encoding="utf-8")

    # The whole-project sheet is photographed in the same run; 3 at a time suits 2 cores.
    shot = folder / "project.png"
    extra = {"project": [f"--screenshot={shot}"]}
    with ThreadPoolExecutor(max_workers=3) as pool:
        dumps = {tag: pool.submit(dump_dom, page, folder / f"profile-{tag}", *extra.get(tag, ()))
                 for tag, page in pages.items()}
        result = {tag: (future.result(), datas.get(tag)) for tag, future in dumps.items()}
    result["screenshot"] = (shot, None)
    return result


# --- the control: the set-up sees what a hostile page does ----------------------------


def test_control_page_runs_scripts_and_fetches(server, opened):
    fetched = {p.rsplit("/", 1)[1] for p in server.requests_for("control")}
    # Every kind of payload would be caught if it ever reached a sheet unescaped.
    assert fetched == set(PAYLOADS), fetched
    dom, _ = opened["control"]
    doc = parse(dom, "control")
    assert doc.find(".//title").text == PWNED
    assert doc.get_element_by_id("pwned") is not None


def test_csp_alone_keeps_the_control_page_inert(server, opened):
    assert server.requests_for("control-csp") == []
    dom, _ = opened["control-csp"]
    doc = parse(dom, "control-csp")
    assert doc.find(".//title").text == "Control"
    assert not doc.xpath('//*[@id="pwned"]')


# --- the sheets -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "tag",
    [
        "project",  # the whole-project sheet, as exported
        "article",  # the single-article sheet, as exported
        "nocsp",  # the whole-project sheet without its CSP: escaping alone must hold
    ],
)
def test_hostile_sheet_is_inert_in_chromium(server, opened, tag):
    dom, data = opened[tag]
    evil = hostile(server.base(tag))

    # Nothing was fetched: no image, frame, stylesheet, script, refresh or link prefetch.
    assert server.requests_for(tag) == []

    doc = parse(dom, tag)
    head = doc.find("head")
    csp = head.xpath('meta[@http-equiv="Content-Security-Policy"]')
    if tag == "nocsp":
        assert not csp
    else:
        assert head[0] is csp[0] and csp[0].get("content") == CSP

    # No script ran: the title is the exported one, and nothing was added to the page.
    title = data.articles[0].title if tag == "article" else data.meta["title"]
    assert doc.find(".//title").text == title
    assert doc.xpath("//h1")[0].text_content() == title
    assert not doc.xpath('//*[@id="pwned"]')
    # No active element came out of the text, and no handler or javascript: link.
    assert not doc.xpath(
        "//script | //iframe | //frame | //img | //link | //object | //embed | //svg"
        " | //video | //audio | //base | //form | //meta[@http-equiv='refresh']")
    assert len(doc.xpath("//style")) == 1  # the template's stylesheet, inlined
    for el in doc.iter(etree.Element):
        handlers = [a for a in el.attrib if a.lower().startswith("on")]
        assert not handlers, (el.tag, handlers)
    hrefs = [a.get("href") for a in doc.xpath("//a[@href]")]
    assert hrefs and all(h.startswith(("#", "https://", "http://")) for h in hrefs), hrefs
    # The one plain http evidence link is there, and was not followed.
    assert f"{server.base(tag)}/evidence-link" in hrefs
    for mark in doc.xpath("//mark[@style]"):
        assert "url(" not in mark.get("style")

    # The payloads are on the page as text, character for character.
    notes = [dd.text_content() for dd in doc.xpath('//dd[@class="note"]')]
    assert evil in notes and SCRIPT_NOTE in notes
    text = doc.text_content()
    assert f"Par {evil}" in text and f"Élodie {evil}" in text
    assert f"javascript:fetch('{server.base(tag)}/article-url')" in text
    highlighted = [m.text_content() for m in doc.xpath('//div[@class="text-body"]//mark')]
    assert any(evil in h for h in highlighted)


def test_no_request_reached_the_server_but_the_controls(server, opened):
    with server.lock:
        others = [p for p in server.paths if not p.startswith("/control/")]
    assert others == []


def test_screenshot_of_the_hostile_sheet(opened):
    shot, _ = opened["screenshot"]
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])  # IHDR comes first
    assert (width, height) == (1000, 1400)
    pixels = zlib.decompress(b"".join(_chunks(png, b"IDAT")))
    # A blank page would be a few byte values; text and highlights give many.
    assert len(pixels) > 1000 * 1400 and len(set(pixels)) > 64


def _chunks(png: bytes, kind: bytes):
    pos = 8
    while pos < len(png):
        length, = struct.unpack(">I", png[pos : pos + 4])
        if png[pos + 4 : pos + 8] == kind:
            yield png[pos + 8 : pos + 8 + length]
        pos += 12 + length
