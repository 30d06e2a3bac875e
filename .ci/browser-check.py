#!/usr/bin/env python3
"""The web front in a real browser: headless Chromium, driven over its DevTools pipe (no package
beyond Python's own library), through the web server .ci/web-check started.

As each official (HTTP basic login per role), at a phone's width (360 px) and a desk's (1280 px),
it opens every page, fills and sends the forms a complaint's life needs (an intake with two photos
shown to the citizen, whose thumbnails must decode on the desk's page and the citizen's, and four
hostile files the intake must refuse by the field without writing anything), and fails when a page
scrolls sideways, when a control a finger taps is under 44 px high on the phone, when a page shows
an error it should not, or when a page names a command for an official to run. It saves a
screenshot of every page it opened under the folder given.

    .ci/browser-check.py BASE_URL SHOTS_FOLDER
    (BASE_URL: https://127.0.0.1:PORT/kbk; the password of LOGIN is rahasia-LOGIN; the officials
    koord, adm, agus, lihat and admin of .ci/web-check, unit DPUPR and its group 1)
"""
import base64
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import time
import zlib

BASE, SHOTS = sys.argv[1], sys.argv[2]
os.makedirs(SHOTS, exist_ok=True)
for old in os.listdir(SHOTS):
    os.remove(os.path.join(SHOTS, old))
WIDTHS = (360, 1280)
# The repository's own attachments: photos with the EXIF (camera, GPS position), XMP and comment a
# phone writes, which the citizen's copy kbk serves must not carry, and a one-page letter.
FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "KBKAttachmentTests", "Fixtures")
METADATA = ("Xiaomi", "GPSLatitude", "Mawar")
# How each kind of file served begins, byte for byte.
MAGIC = {"image/jpeg": "ffd8ff", "image/png": "89504e470d0a1a0a", "image/webp": "52494646", "application/pdf": "255044462d"}
# What an official would be told to type at a terminal: the web never says it.
COMMAND = re.compile(
    r"\bkbk (complaint|inbox|escalate|report|official|skpd|group|sop|ikm|import|export|config|audit|check"
    r"|init|calendar|holiday|category|topic|improvement|culture|coordination|rbk|target|backup|demo)\b")


class Browser:
    """One Chromium, one tab, spoken to as JSON messages ending in NUL on file descriptors 3 and 4."""

    def __init__(self):
        to_browser_read, self.to_browser = os.pipe()
        self.from_browser, from_browser_write = os.pipe()

        def plumb():
            os.dup2(to_browser_read, 3)
            os.dup2(from_browser_write, 4)

        self.profile = tempfile.mkdtemp()
        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--remote-debugging-pipe", "--ignore-certificate-errors",
             "--disable-gpu", "--no-first-run", f"--user-data-dir={self.profile}", "about:blank"],
            pass_fds=(3, 4), preexec_fn=plumb, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Network", "Runtime"):
            self.call(f"{domain}.enable", session=True)

    def send(self, method, session, params):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        return self.next_id

    def receive(self, deadline):
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise TimeoutError("the browser did not answer")
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("the browser closed its pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, session=False, **params):
        wanted = self.send(method, session, params)
        deadline = time.time() + 30
        while True:
            message = self.receive(deadline)
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method, deadline):
        """The next event `method` of the tab, waiting on the browser rather than on a clock."""
        while True:
            while self.events:
                event = self.events.pop(0)
                if event.get("method") == method and event.get("sessionId") == self.session:
                    return event
            self.events.append(self.receive(deadline))

    def evaluate(self, expression, promise=False):
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True,
                           awaitPromise=promise)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:80]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def as_official(self, login, width):
        token = base64.b64encode(f"{login}:rahasia-{login}".encode()).decode()
        # An Indonesian phone's browser; the server's own headless default would ask for English.
        headers = {"Accept-Language": "id-ID,id;q=0.9"}
        if login:
            headers["Authorization"] = f"Basic {token}"
        self.call("Network.setExtraHTTPHeaders", session=True, headers=headers)
        self.call("Emulation.setDeviceMetricsOverride", session=True, width=width, height=900,
                  deviceScaleFactor=1, mobile=width < 700)

    def loaded(self, start):
        """Runs `start` (a navigation or a form's submission) and waits for the page it leads to."""
        self.events = [e for e in self.events if e.get("method") != "Page.loadEventFired"]
        status = {}
        start()
        deadline = time.time() + 30
        while True:
            event = self.wait_for_any(("Network.responseReceived", "Page.loadEventFired"), deadline)
            if event["method"] == "Network.responseReceived" and event["params"]["type"] == "Document":
                status["code"] = event["params"]["response"]["status"]
            if event["method"] == "Page.loadEventFired":
                return status.get("code")

    def wait_for_any(self, methods, deadline):
        while True:
            while self.events:
                event = self.events.pop(0)
                if event.get("method") in methods and event.get("sessionId") == self.session:
                    return event
            self.events.append(self.receive(deadline))

    def open(self, path):
        return self.loaded(lambda: self.call("Page.navigate", session=True, url=BASE + path))

    def wait_until(self, condition, seconds=20):
        """Whether the JavaScript `condition` came to hold within `seconds`: the page tests it every 50 ms
        and answers as soon as it holds (or when it gives up), so nothing here sleeps."""
        script = """new Promise(resolve => {
            const until = Date.now() + %d;
            const test = () => {
                let held = false;
                try { held = !!(%s); } catch (e) {}
                if (held || Date.now() > until) resolve(held); else setTimeout(test, 50);
            };
            test();
        })""" % (seconds * 1000, condition)
        return self.evaluate(script, promise=True)

    def choose_files(self, selector, paths):
        """Puts files in the file field `selector` as a person choosing them would (a page's script may not)."""
        root = self.call("DOM.getDocument", session=True, depth=0)["root"]["nodeId"]
        node = self.call("DOM.querySelector", session=True, nodeId=root, selector=selector)["nodeId"]
        if not node:
            raise RuntimeError(f"no {selector} on {self.evaluate('location.pathname')}")
        self.call("DOM.setFileInputFiles", session=True, nodeId=node, files=[os.path.abspath(p) for p in paths])
        chosen = self.evaluate(f"[...document.querySelector({json.dumps(selector)}).files].map(f => f.name)")
        if chosen != [os.path.basename(p) for p in paths]:
            raise RuntimeError(f"{selector} holds {chosen}, not {[os.path.basename(p) for p in paths]}")

    def fill(self, form, values, send=False):
        """Fills the form whose action ends with `form`, and sends it as its button would when `send`."""
        script = """(() => {
            const form = [...document.forms].find(f => f.getAttribute('action').endsWith(%s));
            if (!form) throw new Error('no form ' + %s);
            for (const [name, value] of Object.entries(%s)) {
                const field = form.elements[name];
                if (!field) throw new Error('no field ' + name);
                if (field.type === 'checkbox') field.checked = !!value; else field.value = value;
            }
            if (%s) form.requestSubmit();
        })()""" % (json.dumps(form), json.dumps(form), json.dumps(values), json.dumps(send))
        return self.evaluate(script)

    def submit(self, form, values):
        """Fills the form whose action ends with `form` and sends it as its button would."""
        return self.loaded(lambda: self.fill(form, values, send=True))

    def screenshot(self, name):
        data = self.call("Page.captureScreenshot", session=True, format="png", captureBeyondViewport=True)["data"]
        with open(os.path.join(SHOTS, name + ".png"), "wb") as shot:
            shot.write(base64.b64decode(data))

    def close(self):
        try:
            self.call("Browser.close")
        except Exception:
            pass
        self.process.wait(timeout=30)


PAGE_FACTS = """(() => {
    const phone = innerWidth < 700;
    const small = [];
    if (phone) {
        for (const element of document.querySelectorAll(
                'a, button, select, textarea, summary, input:not([type=hidden])')) {
            const target = element.type === 'checkbox' ? element.closest('label') : element;
            const box = target.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) continue;
            if (box.height < 44 - 0.5) small.push((element.name || element.textContent || element.tagName).trim().slice(0, 40) + ' ' + Math.round(box.height));
        }
    }
    return {
        wide: document.documentElement.scrollWidth, width: innerWidth, small: small,
        lang: document.documentElement.lang, title: document.title, text: document.body.innerText,
        errors: [...document.querySelectorAll('p.error')].map(e => e.textContent),
    };
})()"""

failures = []


def check(browser, role, width, path, name, status, want=200):
    facts = browser.evaluate(PAGE_FACTS)
    where = f"{role} {width}px {path}"
    if status != want:
        failures.append(f"{where}: status {status}, not {want}: {facts['text'][:200]!r}")
    # Against the width asked for: a phone's browser widens its viewport to a page that overflows it.
    if facts["wide"] > width or facts["width"] != width:
        failures.append(f"{where}: scrolls sideways ({facts['wide']} px, viewport {facts['width']}, in {width})")
    if facts["small"]:
        failures.append(f"{where}: tap targets under 44 px: {facts['small'][:6]}")
    if facts["lang"] != "id":
        failures.append(f"{where}: lang={facts['lang']}")
    if want == 200 and facts["errors"]:
        failures.append(f"{where}: an error on the page: {facts['errors']}")
    if COMMAND.search(facts["text"]):
        failures.append(f"{where}: names a command: {COMMAND.search(facts['text']).group(0)}")
    browser.screenshot(f"{name}-{role}-{width}")
    return facts


def fixture(name):
    return os.path.join(FIXTURES, name)


def png(width, height, rows):
    """A greyscale PNG whose header says width × height, with image data for its first `rows` only."""
    def chunk(kind, payload):
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    data = zlib.compress(bytes((width + 1) * rows))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def hostile_files(folder):
    """What an intake is sent to try the desk: each file's name, content and the reason it must be refused for."""
    files = [
        ("foto.jpg", b'<?php system($_GET["c"]); ?>\n', r"isinya berkas PHP, bukan JPEG"),
        ("peta.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
                     b'<script>alert(document.cookie)</script></svg>\n', r"isinya berkas SVG"),
        ("surat.pdf", b"%PDF-1.7\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF\n",
         r"PDF-nya memuat /(OpenAction|JavaScript|JS)\b"),
        ("besar.png", png(10000, 10000, 4), r"10\.000×10\.000|megapiksel"),
    ]
    for name, content, _ in files:
        with open(os.path.join(folder, name), "wb") as out:
            out.write(content)
    return [(name, os.path.join(folder, name), reason) for name, _, reason in files]


def ticket_after(ticket):
    year, number = re.fullmatch(r"ADU-(\d{4})-(\d{5})", ticket).groups()
    return f"ADU-{year}-{int(number) + 1:05d}"


ATTACHMENTS = "[...document.querySelectorAll('ul.attachments img')]"


def check_thumbnails(browser, where, count):
    """Waits until the browser has loaded each thumbnail of the page's attachments, and fails when one
    did not decode, when there are not `count`, or when a file served still carries the photo's metadata."""
    # Thumbnails load lazily: bring the list to the viewport, and back to the top once they are in.
    browser.evaluate("document.querySelector('ul.attachments')?.scrollIntoView()")
    if not browser.wait_until(f"{ATTACHMENTS}.length > 0 && {ATTACHMENTS}.every(i => i.complete)"):
        failures.append(f"{where}: thumbnails not loaded in 20 s: "
                        f"{browser.evaluate(ATTACHMENTS + '.map(i => i.getAttribute(`src`) + ` ` + i.complete)')}")
    browser.evaluate("scrollTo(0, 0)")
    images = browser.evaluate(f"{ATTACHMENTS}.map(i => ({{src: i.getAttribute('src'), width: i.naturalWidth, "
                              "complete: i.complete, shown: i.getBoundingClientRect().width}))")
    if len(images) != count:
        failures.append(f"{where}: {len(images)} thumbnails, not {count}: {images}")
    for image in images:
        if not (image["complete"] and image["width"] > 0):
            failures.append(f"{where}: the browser did not decode {image['src']} ({image})")
    # The files themselves, as the page's own requests fetch them.
    served = browser.evaluate("""Promise.all(%s.map(async i => {
        const response = await fetch(i.src);
        const bytes = new Uint8Array(await response.arrayBuffer());
        const text = new TextDecoder('latin1').decode(bytes);
        return {src: i.getAttribute('src'), status: response.status, type: response.headers.get('content-type'),
                sniff: response.headers.get('x-content-type-options'), found: %s.filter(m => text.includes(m)),
                head: [...bytes.slice(0, 8)].map(b => b.toString(16).padStart(2, '0')).join('')};
    }))""" % (ATTACHMENTS, json.dumps(METADATA)), promise=True)
    for file in served:
        if file["status"] != 200 or not (file["type"] or "").startswith("image/") or file["sniff"] != "nosniff":
            failures.append(f"{where}: {file['src']} served as {file}")
        elif not file["head"].startswith(MAGIC.get(file["type"], "?")):
            failures.append(f"{where}: {file['src']} is served as {file['type']} but begins {file['head']}, not "
                            f"{MAGIC.get(file['type'])} (are its bytes passed through as text?)")
        if file["found"]:
            failures.append(f"{where}: {file['src']} still carries the photo's metadata: {file['found']}")
    return images


def main():
    browser = Browser()
    try:
        # A complaint's life, at the phone's width, each step by the official whose work it is.
        browser.as_official("koord", 360)
        status = browser.open("/intake")
        check(browser, "koord", 360, "/intake", "intake", status)
        # With two photos a phone took (its make and a GPS position in their EXIF), shown to the citizen.
        intake = {"subject": "Drainase tersumbat", "description": "Air meluap ke jalan tiap hujan",
                  "channel": "whatsapp", "skpd": "DPUPR", "location": "Desa Karangreja", "name": "Budi",
                  "contact": "0812 1111 2222"}
        browser.choose_files("#attach", [fixture("photo.jpg"), fixture("photo.png")])
        browser.fill("/intake", dict(intake, attach_public=True))
        check(browser, "koord", 360, "/intake (2 files chosen)", "intake-files", status)
        status = browser.submit("/intake", dict(intake, attach_public=True))
        facts = check(browser, "koord", 360, "/intake (receipt)", "receipt", status)
        ticket = re.search(r"ADU-\d{4}-\d{5}", facts["text"]).group(0)
        code = re.search(r"[2-9A-Z]{5}-[2-9A-Z]{5}", facts["text"]).group(0)
        # The desk's page of it: both photos as thumbnails the browser decodes, without their metadata.
        status = browser.open(f"/complaint/{ticket}")
        check_thumbnails(browser, f"koord 360px /complaint/{ticket}", 2)
        check(browser, "koord", 360, f"/complaint/{ticket} (attachments)", "complaint-attachments", status)
        steps = [
            ("adm", "assign", {"to": "agus"}),
            ("agus", "respond", {"message": "Tim meninjau lokasi besok pagi"}),
            ("agus", "resolve", {"message": "Saluran sudah dibersihkan"}),
        ]
        for login, action, values in steps:
            browser.as_official(login, 360)
            browser.open(f"/complaint/{ticket}")
            status = browser.submit(f"/complaint/{ticket}/{action}", values)
            facts = check(browser, login, 360, f"/complaint/{ticket} after {action}", f"after-{action}", status)
            if "notice done" not in browser.evaluate("document.body.innerHTML"):
                failures.append(f"{login}: no notice of what {action} did")
        # A form the store refuses (a reason of nothing visible) comes back with the reason by its field.
        browser.as_official("agus", 360)
        browser.open(f"/complaint/{ticket}")
        status = browser.submit(f"/complaint/{ticket}/reopen", {"reason": "\u200b"})
        check(browser, "agus", 360, f"/complaint/{ticket} refused", "refused", status, want=400)
        if not browser.evaluate("!!document.getElementById('reopen-reason-error') && "
                                "document.getElementById('reopen-reason').value === '\u200b'"):
            failures.append("a refused reopening does not come back with its reason by the field")
        browser.as_official(None, 360)
        status = browser.open(f"/status?ticket={ticket}&code={code}")
        check_thumbnails(browser, "warga 360px /status", 2)
        facts = check(browser, "warga", 360, "/status", "status-found", status)
        if "Saluran sudah dibersihkan" not in facts["text"] or "Budi" in facts["text"]:
            failures.append("the citizen's page does not show the resolution, or shows the name")
        if browser.evaluate("[...document.querySelectorAll('ul.attachments img')].some(i => "
                            "!i.getAttribute('src').includes('/status/attachment?'))"):
            failures.append("the citizen's page links a file outside /status/attachment")

        # Hostile files on the intake form: each comes back with its reason by the file field, what
        # was typed kept, and no complaint written (the next intake takes the very next ticket).
        browser.as_official("koord", 360)
        with tempfile.TemporaryDirectory() as folder:
            for name, path, reason in hostile_files(folder):
                browser.open("/intake")
                browser.choose_files("#attach", [path])
                status = browser.submit("/intake", dict(intake, subject=f"Berkas {name}", attach_public=True))
                shot = "intake-refused-" + re.sub(r"[^a-z0-9]+", "-", name)
                check(browser, "koord", 360, f"/intake ({name} refused)", shot, status, want=400)
                shown = browser.evaluate("""(() => {
                    const error = document.getElementById('attach-error');
                    if (!error || !error.getClientRects().length || getComputedStyle(error).visibility !== 'visible') return null;
                    return {text: error.textContent, subject: document.getElementById('subject').value,
                            invalid: document.getElementById('attach').getAttribute('aria-invalid')};
                })()""")
                if shown is None:
                    failures.append(f"/intake with {name}: no #attach-error shown")
                elif not re.search(reason, shown["text"]):
                    failures.append(f"/intake with {name}: the reason {shown['text']!r} does not match {reason!r}")
                elif shown["subject"] != f"Berkas {name}" or shown["invalid"] != "true":
                    failures.append(f"/intake with {name}: the form did not come back as typed, marked: {shown}")
        # A WebP photo and a PDF letter, kept from the citizen: the next ticket, a thumbnail and a link
        # on the desk's page, nothing on the citizen's.
        browser.open("/intake")
        browser.choose_files("#attach", [fixture("photo.webp"), fixture("letter.pdf")])
        status = browser.submit("/intake", dict(intake, subject="Lampu jalan padam"))
        facts = check(browser, "koord", 360, "/intake (receipt, private files)", "receipt-private", status)
        found = re.search(r"ADU-\d{4}-\d{5}", facts["text"])
        private_code = re.search(r"[2-9A-Z]{5}-[2-9A-Z]{5}", facts["text"])
        if not found or not private_code:
            raise RuntimeError(f"no ticket or code on the receipt after the hostile files: {facts['text'][:300]!r}")
        if found.group(0) != ticket_after(ticket):
            failures.append(f"the intake after the hostile files is {found.group(0)}, not {ticket_after(ticket)}: "
                            "a refused intake was written")
        private = found.group(0)
        status = browser.open(f"/complaint/{private}")
        check_thumbnails(browser, f"koord 360px /complaint/{private}", 1)
        check(browser, "koord", 360, f"/complaint/{private} (private attachments)", "complaint-private", status)
        letter = browser.evaluate("""(async () => {
            const links = [...document.querySelectorAll('ul.attachments a')].filter(a => !a.querySelector('img'));
            if (links.length !== 1) return 'links: ' + links.map(a => a.textContent).join(', ');
            const response = await fetch(links[0].href);
            return [response.status, response.headers.get('content-type'), response.headers.get('content-disposition')]
                .join(' ');
        })()""", promise=True)
        if not re.fullmatch(r"200 application/pdf attachment;.*", letter or ""):
            failures.append(f"/complaint/{private}: the letter is not one link to a PDF saved: {letter}")
        browser.as_official(None, 360)
        status = browser.open(f"/status?ticket={private}&code={private_code.group(0)}")
        facts = check(browser, "warga", 360, "/status (private files)", "status-private", status)
        if private not in facts["text"] or browser.evaluate("!!document.querySelector('ul.attachments')"):
            failures.append(f"the citizen's page of {private} shows its private files, or is not its page")

        # A citizen files on the public form at 360 px with a photo, follows the receipt's link to
        # the status page and replies there; the desk sees the reply and the photo.
        browser.as_official(None, 360)
        status = browser.open("/status/new")
        check(browser, "warga", 360, "/status/new", "citizen-form", status)
        browser.choose_files("#attach", [fixture("photo.jpg")])
        status = browser.submit("/status/new", {"subject": "Trotoar ambles", "name": "Rina Wati",
                                                "description": "Trotoar depan pasar ambles sejak hujan deras",
                                                "contact": "081298765432"})
        facts = check(browser, "warga", 360, "/status/new (receipt)", "citizen-receipt", status)
        filed = re.search(r"ADU-\d{4}-\d{5}", facts["text"])
        if not filed or "Pengaduan Anda sudah diterima" not in facts["text"]:
            raise RuntimeError(f"no receipt after the public form: {facts['text'][:300]!r}")
        status = browser.loaded(lambda: browser.evaluate("document.querySelector('main a[href*=\"/status?\"]').click()"))
        check(browser, "warga", 360, "/status (filed online)", "citizen-status", status)
        status = browser.submit("/status/reply", {"message": "Fotonya diambil pagi ini"})
        facts = check(browser, "warga", 360, "/status (replied)", "citizen-replied", status)
        if "Terkirim. Terima kasih." not in facts["text"] or "Fotonya diambil pagi ini" not in facts["text"]:
            failures.append(f"the citizen's reply is not on their page: {facts['text'][:300]!r}")
        browser.as_official("koord", 360)
        status = browser.open(f"/complaint/{filed.group(0)}")
        check_thumbnails(browser, f"koord 360px /complaint/{filed.group(0)} (filed online)", 1)
        facts = check(browser, "koord", 360, f"/complaint/{filed.group(0)} (filed online)", "citizen-desk", status)
        if "Fotonya diambil pagi ini" not in facts["text"] or "Rina Wati" in facts["text"]:
            failures.append("the desk does not see the citizen's reply, or shows the name unasked")

        # Every page, for every role, at both widths.
        pages = ["/", "/?page=1", "/overview", "/complaints", "/complaints?skpd=DPUPR&under=1&due=overdue", "/complaints?skpd=DPUPR&sort=oldest", "/complaints?q=drainase", f"/complaint/{ticket}", f"/complaint/{ticket}/disposition", "/intake",
                 "/report", "/report?period=2026&skpd=DPUPR&format=html", "/units", "/unit/DPUPR", "/group/1", "/holidays?year=2027", "/audit",
                 "/audit?entity=complaint", "/coordination", "/coordination/1", "/categories", "/status", "/status/new"]
        for role in ("koord", "adm", "agus", "lihat", "admin"):
            for width in WIDTHS:
                browser.as_official(role, width)
                for path in pages:
                    status = browser.open(path)
                    name = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "inbox"
                    check(browser, role, width, path, name, status)
        # The admins' own pages, which refuse everyone else.
        for width in WIDTHS:
            browser.as_official("admin", width)
            for path in ("/officials", "/settings"):
                status = browser.open(path)
                check(browser, "admin", width, path, path.strip("/"), status)
    finally:
        browser.close()
    shots = len(os.listdir(SHOTS))
    if failures:
        print("browser-check: " + "\nbrowser-check: ".join(failures), file=sys.stderr)
        sys.exit(1)
    print(f"browser-check: {ticket} through intake with 2 photos, assignment, response and resolution in Chromium "
          f"at 360 px, its thumbnails decoded on the desk's page and the citizen's; 4 hostile files refused, "
          f"{private} with private files; {filed.group(0)} filed and replied to by a citizen on the public pages; {len(pages)} pages for 5 roles at 360 and 1280 px, the admins' 2 pages; {shots} screenshots in {SHOTS}")


main()
