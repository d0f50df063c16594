/*
 * The boot check of taskpane.html (HOSTS.md), written by hand in ECMAScript 5 so that Internet Explorer 11 can
 * run it: no let/const, arrow functions, classes, template strings, spread or async (test/build/boot.test.ts
 * parses the built copy with ecmaVersion 5). It is copied into dist/ as it is, never transpiled.
 *
 * It loads the main bundle (named in its data-bundle attribute, in order) only where the bundle can run: not in
 * Trident (IE11) or EdgeHTML web views, and inside Excel only with the requirement sets the pane needs. Anywhere
 * else it shows the fallback page in the display language: what is missing, what still works, what to upgrade to.
 * Outside Office (no office.js, or Office reports no host) the page is the standalone page: the bundle loads.
 */
(function () {
  "use strict";

  /** What the pane needs inside Excel: the shared runtime of the functions, and the Excel API it calls. */
  var REQUIRED_SETS = [
    { name: "SharedRuntime", version: "1.1" },
    { name: "ExcelApi", version: "1.9" }
  ];
  /** How long Office may take to say where it runs; then the page goes on as the standalone page. */
  var OFFICE_WAIT_MS = 5000;
  /** The pane's own record of the user's language choice (src/taskpane/i18n.ts). */
  var LANG_KEY = "gx-ledger.lang";

  var WORDS = {
    "zh-CN": {
      title: "工信台账助手",
      missing: "当前 Excel 版本（如 Office 2016/2019 批量授权版）无法运行本加载项的任务窗格。",
      trident: "原因：这一版本用 Internet Explorer 显示加载项，本加载项需要新版浏览器内核。",
      sets: "原因：这一版本不支持本加载项需要的功能（{sets}）。",
      works: "仍然可以使用：",
      standalone: "独立页面：在浏览器（Edge、Chrome、Firefox、360 等）中打开下面的地址，不需要 Excel，可打开台账文件进行校验和生成报表，文件只在本机读取，不会上传：",
      cli: "命令行：gx-ledger check 台账.xlsx（批量检查各县区台账）。",
      upgrade: "升级：Microsoft 365 或 Office 2021 及以上版本可使用全部功能（GX 函数和任务窗格）；使用 WPS 的单位可安装工信台账助手 WPS 加载项。"
    },
    "en-US": {
      title: "GX Ledger",
      missing: "This version of Excel (such as volume-licensed Office 2016/2019) cannot run the add-in's task pane.",
      trident: "Why: it shows add-ins in Internet Explorer, and the add-in needs a current browser engine.",
      sets: "Why: it lacks features the add-in needs ({sets}).",
      works: "What still works:",
      standalone: "The standalone page: open the address below in a browser (Edge, Chrome, Firefox…). It needs no Excel, checks a ledger file and writes the reports; the file is read on this computer and never uploaded:",
      cli: "The command line: gx-ledger check ledger.xlsx (to check every county's ledgers in one run).",
      upgrade: "To upgrade: Microsoft 365 or Office 2021 and later run everything (the GX functions and the task pane); offices on WPS can install the GX Ledger WPS add-in."
    }
  };

  var bootScript = document.getElementById("gx-boot");
  var started = false;

  function isOldWebView(userAgent) {
    // Trident is IE11 (and IE in Office 2016/2019); "Edge/" is EdgeHTML, while Chromium's Edge says "Edg/".
    return /Trident\/|MSIE /.test(userAgent) || /Edge\/\d/.test(userAgent);
  }

  function storedLang() {
    try {
      var v = window.localStorage ? window.localStorage.getItem(LANG_KEY) : null;
      return v === "zh-CN" || v === "en-US" ? v : null;
    } catch (e) {
      return null;
    }
  }

  /** The user's own choice, else Office's display language, else Chinese: as the pane chooses. */
  function chooseLang(officeLanguage) {
    var stored = storedLang();
    if (stored) return stored;
    return /^en([-_]|$)/i.test(String(officeLanguage || "")) ? "en-US" : "zh-CN";
  }

  function officeLanguage() {
    try {
      return window.Office && window.Office.context ? window.Office.context.displayLanguage : null;
    } catch (e) {
      return null;
    }
  }

  function loadBundle() {
    if (started) return;
    started = true;
    var list = (bootScript && bootScript.getAttribute("data-bundle")) || "";
    var names = list.split(/\s+/);
    for (var i = 0; i < names.length; i++) {
      if (!names[i]) continue;
      var script = document.createElement("script");
      script.src = names[i];
      // Dynamic scripts run as they arrive unless told otherwise: the runtime must run before the entries.
      script.async = false;
      document.body.appendChild(script);
    }
  }

  /** The page's own address without query or fragment: in a browser it is the standalone page. */
  function standaloneUrl() {
    var l = window.location;
    return l.protocol + "//" + l.host + l.pathname;
  }

  function paragraph(parent, text, testId) {
    var p = document.createElement("p");
    p.appendChild(document.createTextNode(text));
    p.style.margin = "0 0 10px 0";
    if (testId) p.setAttribute("data-testid", testId);
    parent.appendChild(p);
    return p;
  }

  function showFallback(reason, missingSets) {
    if (started) return;
    started = true;
    var lang = chooseLang(officeLanguage());
    var w = WORDS[lang];
    document.documentElement.setAttribute("lang", lang);
    var root = document.getElementById("root");
    if (root && root.parentNode) root.parentNode.removeChild(root);

    var page = document.createElement("div");
    page.setAttribute("data-testid", "fallback");
    page.setAttribute("data-reason", reason);
    page.setAttribute("role", "main");
    page.style.fontFamily = "'Microsoft YaHei', 'Segoe UI', sans-serif";
    page.style.fontSize = "14px";
    page.style.lineHeight = "1.6";
    page.style.padding = "16px";
    page.style.maxWidth = "640px";

    var h1 = document.createElement("h1");
    h1.appendChild(document.createTextNode(w.title));
    h1.style.fontSize = "20px";
    h1.style.margin = "0 0 12px 0";
    page.appendChild(h1);

    paragraph(page, w.missing, "fallback-missing").style.fontWeight = "bold";
    paragraph(page, reason === "web-view" ? w.trident : w.sets.replace("{sets}", missingSets.join(", ")), "fallback-reason");
    paragraph(page, w.works);
    var list = document.createElement("ul");
    list.style.margin = "0 0 10px 0";
    list.style.paddingLeft = "20px";
    var item = document.createElement("li");
    item.appendChild(document.createTextNode(w.standalone + " "));
    var link = document.createElement("a");
    var url = standaloneUrl();
    link.href = url;
    link.target = "_blank";
    link.rel = "noopener";
    link.setAttribute("data-testid", "fallback-standalone-link");
    link.appendChild(document.createTextNode(url));
    link.style.wordBreak = "break-all";
    item.appendChild(link);
    list.appendChild(item);
    var cli = document.createElement("li");
    cli.appendChild(document.createTextNode(w.cli));
    list.appendChild(cli);
    page.appendChild(list);
    paragraph(page, w.upgrade, "fallback-upgrade");
    document.body.appendChild(page);
  }

  /** The required sets this Excel lacks (none when it says it has them all). */
  function missingSets(office) {
    var out = [];
    var requirements = office.context && office.context.requirements;
    for (var i = 0; i < REQUIRED_SETS.length; i++) {
      var set = REQUIRED_SETS[i];
      var ok = false;
      try {
        ok = Boolean(requirements && requirements.isSetSupported(set.name, set.version));
      } catch (e) {
        ok = false;
      }
      if (!ok) out.push(set.name + " " + set.version);
    }
    return out;
  }

  /** Office.onReady with a callback works on every office.js; a stand-in may only return a promise. */
  function whenOfficeReady(office, done) {
    var answered = false;
    function once(info) {
      if (answered) return;
      answered = true;
      done(info || {});
    }
    var timer = window.setTimeout(function () {
      if (!answered) {
        answered = true;
        done(null);
      }
    }, OFFICE_WAIT_MS);
    try {
      var result = office.onReady(function (info) {
        window.clearTimeout(timer);
        once(info);
      });
      if (result && typeof result.then === "function") {
        result.then(
          function (info) {
            window.clearTimeout(timer);
            once(info);
          },
          function () {
            window.clearTimeout(timer);
            once({});
          }
        );
      }
    } catch (e) {
      window.clearTimeout(timer);
      once({});
    }
  }

  /**
   * Whether Office opened this page: Office adds _host_Info to an add-in's address (and keeps it in the session
   * storage across the pane's own navigations). A plain browser has neither (src/taskpane/host.ts asks the same).
   */
  function openedByOffice() {
    try {
      if (/[?&]_host_Info=/i.test(window.location.search)) return true;
      var store = window.sessionStorage;
      if (!store) return false;
      for (var i = 0; i < store.length; i++) if (/hostInfo|_host_Info/i.test(store.key(i) || "")) return true;
    } catch (e) {
      // A sandboxed frame may refuse storage: then only the address tells.
    }
    return false;
  }

  /** office.js as an async script (never one that holds the page): done(true) once it ran, done(false) if it failed. */
  function loadOfficeJs(done) {
    var src = bootScript && bootScript.getAttribute("data-office");
    if (!src) {
      done(false);
      return;
    }
    var script = document.createElement("script");
    script.src = src;
    script.async = true;
    script.onload = function () {
      done(true);
    };
    script.onerror = function () {
      done(false);
    };
    document.head.appendChild(script);
  }

  /** Office's answer decides: no host is a browser page (the standalone page), else the pane or the fallback page. */
  function askOffice(office) {
    whenOfficeReady(office, function (info) {
      if (isOldWebView(navigator.userAgent)) {
        showFallback("web-view", []);
        return;
      }
      if (!info || !info.host) {
        loadBundle();
        return;
      }
      var missing = missingSets(office);
      if (missing.length > 0) showFallback("requirements", missing);
      else loadBundle();
    });
  }

  function boot() {
    var office = window.Office;
    // office.js is already there (a host that injects it, or a test's stand-in): ask it.
    if (office && typeof office.onReady === "function") {
      askOffice(office);
      return;
    }
    if (!openedByOffice()) {
      // A plain browser (or WPS) starts the page at once; the bundle loads office.js on the side (3 s at most).
      if (isOldWebView(navigator.userAgent)) showFallback("web-view", []);
      else loadBundle();
      return;
    }
    // Inside Office: office.js first (the old web view's fallback then speaks Office's language). A CDN that hangs
    // leaves the standalone page after OFFICE_WAIT_MS.
    var timer = window.setTimeout(function () {
      if (isOldWebView(navigator.userAgent)) showFallback("web-view", []);
      else loadBundle();
    }, OFFICE_WAIT_MS);
    loadOfficeJs(function (loaded) {
      window.clearTimeout(timer);
      office = window.Office;
      if (loaded && office && typeof office.onReady === "function") askOffice(office);
      else if (isOldWebView(navigator.userAgent)) showFallback("web-view", []);
      else loadBundle();
    });
  }

  boot();
})();
