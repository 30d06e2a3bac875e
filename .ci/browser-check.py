#!/usr/bin/env python3
"""The web front in a real browser: headless Chromium, driven over its DevTools pipe (no package
beyond Python's own library), through the web server .ci/web-check started.

As each official (HTTP basic login per role), at a phone's width (360 px) and a desk's (1280 px),
it opens every page, fills and sends the forms a complaint's life needs, and fails when a page
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
import subprocess
import sys
import tempfile
import time

BASE, SHOTS = sys.argv[1], sys.argv[2]
os.makedirs(SHOTS, exist_ok=True)
for old in os.listdir(SHOTS):
    os.remove(os.path.join(SHOTS, old))
WIDTHS = (360, 1280)
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

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
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

    def submit(self, form, values):
        """Fills the form whose action ends with `form` and sends it as its button would."""
        script = """(() => {
            const form = [...document.forms].find(f => f.getAttribute('action').endsWith(%s));
            if (!form) throw new Error('no form ' + %s);
            for (const [name, value] of Object.entries(%s)) {
                const field = form.elements[name];
                if (!field) throw new Error('no field ' + name);
                if (field.type === 'checkbox') field.checked = !!value; else field.value = value;
            }
            form.requestSubmit();
        })()""" % (json.dumps(form), json.dumps(form), json.dumps(values))
        return self.loaded(lambda: self.evaluate(script))

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


def main():
    browser = Browser()
    try:
        # A complaint's life, at the phone's width, each step by the official whose work it is.
        browser.as_official("koord", 360)
        status = browser.open("/intake")
        check(browser, "koord", 360, "/intake", "intake", status)
        status = browser.submit("/intake", {
            "subject": "Drainase tersumbat", "description": "Air meluap ke jalan tiap hujan",
            "skpd": "DPUPR", "location": "Desa Karangreja", "name": "Budi", "contact": "0812 1111 2222"})
        facts = check(browser, "koord", 360, "/intake (receipt)", "receipt", status)
        ticket = re.search(r"ADU-\d{4}-\d{5}", facts["text"]).group(0)
        code = re.search(r"[2-9A-Z]{5}-[2-9A-Z]{5}", facts["text"]).group(0)
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
        facts = check(browser, "warga", 360, "/status", "status-found", status)
        if "Saluran sudah dibersihkan" not in facts["text"] or "Budi" in facts["text"]:
            failures.append("the citizen's page does not show the resolution, or shows the name")

        # Every page, for every role, at both widths.
        pages = ["/", "/?page=1", "/overview", "/complaints", "/complaints?skpd=DPUPR&under=1&due=overdue", "/complaints?skpd=DPUPR&sort=oldest", "/complaints?q=drainase", f"/complaint/{ticket}", f"/complaint/{ticket}/disposition", "/intake",
                 "/report", "/report?period=2026&skpd=DPUPR&format=html", "/units", "/unit/DPUPR", "/group/1", "/holidays?year=2027", "/audit",
                 "/audit?entity=complaint", "/coordination", "/coordination/1", "/categories", "/status"]
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
    print(f"browser-check: {ticket} through intake, assignment, response and resolution in Chromium at 360 px; "
          f"{len(pages)} pages for 5 roles at 360 and 1280 px, the admins' 2 pages; {shots} screenshots in {SHOTS}")


main()
