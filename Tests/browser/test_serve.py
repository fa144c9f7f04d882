"""End-to-end test of `dpia serve` in a real headless Chromium (Selenium), with axe-core.

Starts `dpia serve` on a free port over a temporary folder, completes the assessment of a bundled
case through the forms (a wrong answer corrected by a jump from the review, "I don't know" then
back, notes and evidence), fills a measure and the sign-off, then checks the saved answers file
against the case, and that the HTML report shows the verdict `dpia report` gives for that file.
Then it fills the description of the processing and a risk decision, downloads the report as
Markdown and JSON, switches the language, and takes a quiz on a training case (answered like the
key: full marks), with its result and classroom screens. Every page type is screenshotted into $DPIA_SCREENSHOTS (default: .build/browser-screenshots) and
checked with axe-core; a serious or critical violation fails the test.

Run with: python3 -m pytest -q Tests/browser
"""

import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(os.environ.get("DPIA_BIN", ROOT / ".build" / "debug" / "dpia"))
CASE = ROOT / "questionnaires" / "cases" / "se-lawful-mugshot-comparison.yaml"
QUIZ_CASE = ROOT / "questionnaires" / "cases" / "se-eu-cloud-vendor-no-dpia.yaml"
SHOTS = Path(os.environ.get("DPIA_SCREENSHOTS", ROOT / ".build" / "browser-screenshots"))


def plain(value):
    """A case's answer as (value, note, evidence), with YAML's yes/no as the words."""
    note = evidence = None
    if isinstance(value, dict):
        note, evidence, value = value.get("note"), value.get("evidence"), value.get("value")
    if value is True:
        value = "yes"
    elif value is False:
        value = "no"
    elif value is not None and not isinstance(value, list):
        value = str(value)
    return value, note, evidence


class Browser:
    def __init__(self, driver):
        self.driver = driver
        self.violations = {}
        self.seen = set()

    def check(self, kind):
        """Screenshot and axe for the first page of each kind."""
        if kind in self.seen:
            return
        self.seen.add(kind)
        self.driver.save_screenshot(str(SHOTS / f"{kind}.png"))
        axe = Axe(self.driver)
        axe.inject()
        results = axe.run()
        bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
        if bad:
            self.violations[kind] = [(v["id"], v["impact"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in bad]

    def field(self, name, text):
        element = self.driver.find_element(By.NAME, name)
        element.clear()
        if text:
            element.send_keys(text)

    def click(self, value):
        self.follow(self.driver.find_element(By.CSS_SELECTOR, f'button[value="{value}"]'))

    def follow(self, element):
        """Clicks a button or link and waits for the next page (bounded)."""
        page = self.driver.find_element(By.TAG_NAME, "html")
        element.click()

        def replaced(driver):
            try:
                page.is_enabled()
                return False
            except WebDriverException:  # stale, or a node of a document already gone
                return driver.execute_script("return document.readyState") == "complete"

        WebDriverWait(self.driver, 15, ignored_exceptions=(WebDriverException,)).until(replaced)


def answer_page(browser, question_id, value, note, evidence, answers_kind):
    driver = browser.driver
    kind = answers_kind
    if kind == "choice":
        wanted = value if isinstance(value, list) else [value]
        if isinstance(value, list) and not value:
            wanted = ["_none"]
        for box in driver.find_elements(By.CSS_SELECTOR, 'input[name="answer"]'):
            if box.get_attribute("type") == "checkbox" and box.is_selected() != (box.get_attribute("value") in wanted):
                driver.find_element(By.CSS_SELECTOR, f'label[for="{box.get_attribute("id")}"]').click()
            elif box.get_attribute("type") == "radio" and box.get_attribute("value") in wanted:
                driver.find_element(By.CSS_SELECTOR, f'label[for="{box.get_attribute("id")}"]').click()
    else:
        browser.field("answer", value or "")
    browser.field("note", note or "")
    browser.field("evidence", evidence or "")
    browser.click("answer")


def page_kind(driver):
    return "choice" if driver.find_elements(By.CSS_SELECTOR, 'input[name="answer"][type="radio"], input[name="answer"][type="checkbox"]') else "text"


def test_assessment_in_the_browser():
    assert BIN.exists(), f"build dpia first: {BIN}"
    SHOTS.mkdir(parents=True, exist_ok=True)
    case = yaml.safe_load(CASE.read_text())
    expected = {key: plain(value) for key, value in case["answers"].items()}
    folder = Path(tempfile.mkdtemp(prefix="dpia-browser-"))
    server = subprocess.Popen([str(BIN), "serve", str(folder), "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1100,1400"):
        options.add_argument(argument)
    driver = None
    try:
        url = server.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/\?token=[A-Za-z0-9_-]+", url), url
        base = url.split("?")[0].rstrip("/")
        driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=shutil.which("chromedriver")), options=options)
        driver.set_page_load_timeout(30)
        browser = Browser(driver)

        driver.get(url)
        assert "DPIA register" in driver.page_source
        browser.check("register")
        metadata = case["assessment"]
        Select(driver.find_element(By.NAME, "jurisdiction")).select_by_value(metadata["jurisdiction"])
        for name in ("organisation", "unit", "processing", "assessor"):
            browser.field(name, metadata.get(name))
        browser.field("date", str(metadata["date"]))
        browser.field("name", "browser.yaml")
        browser.click("create")

        jumped = None  # the text question first answered wrongly, corrected from the review
        unknown_done = False
        previous = None
        for _ in range(400):
            match = re.search(r"/a/browser\.yaml/q/([a-z0-9_.]+)", driver.current_url)
            if not match:
                break
            question = match.group(1)
            kind = page_kind(driver)
            browser.check("question-" + kind)
            value, note, evidence = expected.get(question, (None, None, None))
            if not unknown_done and previous and driver.find_elements(By.CSS_SELECTOR, 'button[value="unknown"]'):
                # "I don't know", then back from the next page, then the real answer.
                unknown_done = True
                browser.click("unknown")
                saved = yaml.safe_load((folder / "browser.yaml").read_text())
                assert saved["answers"][question] in ("unknown", {"value": "unknown"}) or saved["answers"][question].get("value") == "unknown"
                if re.search(r"/q/", driver.current_url):
                    browser.follow(driver.find_element(By.CSS_SELECTOR, 'a[rel="prev"]'))
                    assert driver.current_url.endswith("/q/" + question), driver.current_url
                continue
            if jumped is None and kind == "text" and isinstance(value, str):
                jumped = question
                answer_page(browser, question, "a first answer to change from the review", note, evidence, kind)
            else:
                answer_page(browser, question, value, note, evidence, kind)
            previous = question
        assert unknown_done, "no question offered I don't know"
        assert jumped, "no text question to change from the review"
        assert driver.current_url.split("#")[0].endswith("/a/browser.yaml/review"), driver.current_url
        browser.check("review")

        # Jump from the review to the question answered wrongly, and return to the review.
        browser.follow(driver.find_element(By.XPATH, f"//tr[@id='q-{jumped}']//a"))
        value, note, evidence = expected[jumped]
        answer_page(browser, jumped, value, note, evidence, "text")
        assert "/a/browser.yaml/review" in driver.current_url

        # A measure of the register, as the case records it when it does.
        driver.get(base + "/a/browser.yaml/measures")
        browser.check("measures")
        # Recorded through the form for another measure: the case's first safeguard in place.
        measure, record = next(iter(case["measures"].items()))
        Select(driver.find_element(By.CSS_SELECTOR, 'select[name="measure"]')).select_by_value(measure)
        Select(driver.find_element(By.NAME, "new-status")).select_by_value(record["status"])
        browser.field("new-owner", record.get("owner"))
        browser.field("new-due", str(record.get("due", "")))
        browser.field("new-evidence", record.get("evidence"))
        browser.follow(driver.find_element(By.XPATH, "//form[.//input[@name='key' and @value='new']]//button"))
        assert f"#measure-{measure}" in driver.current_url, driver.current_url

        # The sign-off.
        driver.get(base + "/a/browser.yaml/sign-off")
        browser.check("sign-off")
        sign_off = case["sign_off"]
        driver.find_element(By.CSS_SELECTOR, f'input[name="dpo_opinion"][value="{sign_off["dpo_opinion"]}"] + label').click()
        browser.field("dpo_name", sign_off["dpo"]["name"])
        browser.field("dpo_role", sign_off["dpo"]["role"])
        browser.field("dpo_date", str(sign_off["dpo"]["date"]))
        driver.find_element(By.CSS_SELECTOR, f'input[name="controller_decision"][value="{sign_off["controller_decision"]}"] + label').click()
        browser.field("controller_name", sign_off["controller"]["name"])
        browser.field("next_review", str(sign_off["next_review"]))
        browser.click("save")
        assert driver.current_url.endswith("/a/browser.yaml/report"), driver.current_url
        browser.check("report")
        shown_verdict = driver.find_element(By.ID, "verdict").text

        # The description of the processing and a risk decision, then both in the report.
        driver.get(base + "/a/browser.yaml/description")
        browser.check("description")
        description = case.get("description", {})
        driver.find_element(By.CSS_SELECTOR, 'input[name="stage"][value="trial"] + label').click()
        browser.field("purposes", "\n".join(description.get("purposes", ["compare a probe image with mugshots"])))
        browser.field("recipients", "Example Cloud AB; processor; Sweden")
        browser.field("data_flow", "capture\ncomparison\ndeletion after 30 days")
        browser.field("retention", "30 days")
        browser.click("save")
        assert "/a/browser.yaml/report" in driver.current_url, driver.current_url
        assert "Example Cloud AB (processor, Sweden)" in driver.find_element(By.ID, "description").find_element(By.XPATH, "..").text

        driver.get(base + "/a/browser.yaml/risks")
        browser.check("risks")
        first_risk = driver.find_element(By.CSS_SELECTOR, 'input[name="risk"]').get_attribute("value")
        Select(driver.find_element(By.NAME, first_risk + "-severity")).select_by_value("maximum")
        browser.field(first_risk + "-justification", "Raised after the trial: the gallery is larger than planned.")
        browser.follow(driver.find_element(By.XPATH, f"//form[.//input[@name='risk' and @value='{first_risk}']]//button"))
        assert f"#risk-{first_risk}" in driver.current_url, driver.current_url

        # Downloads: the links on the report page, fetched with the session's cookie.
        driver.get(base + "/a/browser.yaml/report")
        cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
        downloads = {}
        for suffix in ("md", "json"):
            link = driver.find_element(By.CSS_SELECTOR, f'a[href="/a/browser.yaml/report.{suffix}"]')
            request = urllib.request.Request(base + link.get_attribute("pathname"), headers={"Cookie": cookie})
            with urllib.request.urlopen(request, timeout=30) as response:
                assert "attachment" in response.headers["Content-Disposition"]
                downloads[suffix] = response.read().decode()
        assert downloads["md"].startswith("---\n") and "## 2. Description of the processing" in downloads["md"]
        assert json.loads(downloads["json"])["verdict"] == shown_verdict
        assert bool(driver.find_elements(By.CSS_SELECTOR, 'a[href="/a/browser.yaml/report.docx"]')) == bool(shutil.which("pandoc"))

        for kind, path in (("overview", "/a/browser.yaml"), ("explain", "/explain?id=clearview_like"), ("checklist", "/checklist?jurisdiction=se")):
            driver.get(base + path)
            browser.check(kind)

        # The saved file: the case's answers, notes and evidence; the measure and the sign-off.
        saved = yaml.safe_load((folder / "browser.yaml").read_text())
        got = {key: plain(value) for key, value in saved["answers"].items()}
        differences = {key: (got.get(key), want) for key, want in expected.items() if got.get(key) != want}
        assert not differences, differences
        assert oct((folder / "browser.yaml").stat().st_mode & 0o777) == "0o600"
        assert saved["measures"][measure]["status"] == record["status"]
        assert str(saved["sign_off"]["next_review"]) == str(sign_off["next_review"])

        report = subprocess.run([str(BIN), "report", str(folder / "browser.yaml"), "--format", "json"], capture_output=True, text=True, timeout=60)
        assert report.returncode in (0, 2), report.stderr
        assert shown_verdict == json.loads(report.stdout)["verdict"], (shown_verdict, report.stdout[:200])

        # The language switch: the same page in Dutch, kept by a cookie, then back in English.
        driver.get(base + "/a/browser.yaml/review")
        browser.follow(driver.find_element(By.CSS_SELECTOR, 'nav.languages a[hreflang="nl"]'))
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"
        browser.check("review-nl")
        driver.get(base + "/checklist")
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"
        browser.follow(driver.find_element(By.CSS_SELECTOR, 'nav.languages a[hreflang="en"]'))
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"

        # The quiz, answered like the key: full marks, then the classroom screen.
        quiz_case = yaml.safe_load(QUIZ_CASE.read_text())
        key = {key: plain(value) for key, value in quiz_case["answers"].items()}
        driver.get(base + "/train")
        browser.check("quiz-cases")
        driver.find_element(By.CSS_SELECTOR, f'input[name="case"][value="{QUIZ_CASE.stem}"] + label').click()
        browser.field("trainee", "Ada Peeters")
        browser.click("start")
        browser.check("quiz-facts")
        browser.follow(driver.find_element(By.CSS_SELECTOR, "main a.button"))
        asked = []
        for _ in range(100):
            match = re.search(r"/train/[A-Za-z0-9_-]+/q/([a-z0-9_.]+)", driver.current_url)
            if not match:
                break
            asked.append(match.group(1))
            browser.check("quiz-question")
            value, _, _ = key.get(match.group(1), (None, None, None))
            if value == "unknown":
                browser.click("unknown")
            else:
                answer_page(browser, match.group(1), value, None, None, page_kind(driver))
        assert driver.current_url.endswith("/result"), driver.current_url
        assert len(asked) == len(quiz_case["training"]["questions"]), asked
        browser.check("quiz-result")
        score = driver.find_element(By.ID, "score").text
        points = re.match(r"Score: (\d+) of (\d+)", score)
        assert points and points.group(1) == points.group(2), score
        browser.follow(driver.find_element(By.CSS_SELECTOR, 'a[href$="/classroom"]'))
        assert "classroom" in driver.find_element(By.TAG_NAME, "body").get_attribute("class")
        browser.check("quiz-classroom")

        assert not browser.violations, json.dumps(browser.violations, indent=1)
        assert {
            "register", "review", "measures", "sign-off", "report", "explain", "checklist", "description", "risks",
            "review-nl", "quiz-cases", "quiz-facts", "quiz-question", "quiz-result", "quiz-classroom",
        } <= browser.seen
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(folder, ignore_errors=True)
