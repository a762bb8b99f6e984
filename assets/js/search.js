/*
 * Casebake search: the search box in the header, the search page and the highlighting of matched words
 * on the page a result leads to. This small part runs on every page; search-engine.js (analysis,
 * queries, results, the search page) follows the first time someone searches.
 * Plain JavaScript, no framework, no network beyond the site's own files:
 * index data arrives as script files (search/index.js and, for large sites, its shards) that call
 * CasebakeSearch.load(key, data), so search also works from file:// and under any sub-path.
 * The site root comes from this script's data-root attribute (relative to the page), else from its src.
 */
(function (window, document) {
  'use strict';
  if (window.CasebakeSearch && window.CasebakeSearch.defineEngine) {
    return;
  }

  // ---- Texts. The English ones are built in (equal to the script.* keys of messages/en.properties, which
  // a test checks); a page in another language, or with the course's own texts, gives them as JSON in the
  // data-texts attribute of this script's element. A key with .one/.other forms is chosen by its first
  // number, by the page language's plural rule.
  var TEXTS = {
    "across-cases": "Across cases",
    "browse-results.one": "{0} result",
    "browse-results.other": "{0} results",
    "facet.case": "Case",
    "facet.featured": "Featured",
    "facet.question": "Question",
    "facet.tag": "Case tag",
    "facet.theme": "Theme",
    "facet.type": "Type",
    "featured": "★ Featured",
    "featured-only": "Featured only",
    "index-failed": "The search index file {0} could not be loaded.",
    "needs-decompression": "Search results need a newer browser: this one cannot unpack the search index (it lacks DecompressionStream).",
    "no-match": "Nothing matches these filters.",
    "no-results": "No results for “{0}”.",
    "number": "{0}",
    "prompt": "Type a word to search the cases, questions and answers, or choose filters to browse them.",
    "results.one": "{0} result for “{1}”",
    "results.other": "{0} results for “{1}”",
    "results-label": "Search results",
    "script-failed": "The search script {0} could not be loaded.",
    "search-page": "Search page",
    "see-all.one": "See the {0} result",
    "see-all.other": "See all {0} results",
    "title.answer": "{0} on {1}",
    "title.answer-by": "Answer by {0}",
    "title.section": "{0} › {1}",
    "type.answer": "Answer",
    "type.case": "Case",
    "type.comparison": "Comparison",
    "type.notes": "Teaching notes",
    "type.question": "Question"
  }, lang = 'en', formats = null;

  /** A whole number as English writes it (1,234); what Intl.NumberFormat('en') gives, without its start-up. */
  var ENGLISH = { format: function (n) {
    return Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : n.toLocaleString('en');
  } };

  /**
   * The page language's plural rule and number format, made once. The first Intl.NumberFormat of a page
   * loads the browser's number data (some 50 ms, the search page's longest task on a slow phone), so an
   * English page writes its whole numbers itself.
   */
  function formatsOf() {
    if (!formats || formats.lang !== lang) {
      formats = { lang: lang, plural: window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null,
        number: /^en(-|$)/i.test(lang) ? ENGLISH : window.Intl ? new Intl.NumberFormat(lang) : null };
    }
    return formats;
  }

  /** The text of key with args in its {0}, {1}...; numbers are written as the page's language writes them. */
  function text(key, args) {
    args = args || [];
    var pattern = TEXTS[key];
    if (pattern === undefined && typeof args[0] === 'number') {
      var form = TEXTS[key + '.' + (formatsOf().plural ? formatsOf().plural.select(args[0]) : args[0] === 1 ? 'one' : 'other')];
      pattern = form !== undefined ? form : TEXTS[key + '.other'];
    }
    return (pattern === undefined ? key : pattern).replace(/\{(\d+)\}/g, function (all, i) {
      var arg = args[+i];
      if (arg === undefined) { return all; }
      return typeof arg === 'number' && formatsOf().number ? formatsOf().number.format(arg) : String(arg);
    });
  }

  // ---- Index files arrive as scripts that call CasebakeSearch.load(key, data).
  var cache = {}, pending = {}, base = '';

  /** Called by every index file: hands over the data of the file named by key. */
  function load(key, data) {
    var resolve = pending[key];
    delete pending[key];
    if (resolve) {
      resolve(data);
    } else {
      cache[key] = Promise.resolve(data);
    }
  }

  function fetchKey(key) {
    if (!cache[key]) {
      cache[key] = new Promise(function (resolve, reject) {
        var script = document.createElement('script'), src = base + 'search/' + key + '.js';
        pending[key] = resolve;
        script.src = src;
        script.onload = script.onerror = function () {
          script.remove();
          if (pending[key]) {
            delete pending[key];
            delete cache[key];
            reject(new Error(text('index-failed', [src])));
          }
        };
        document.head.appendChild(script);
      });
    }
    return cache[key];
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  /** Waits for a pause in typing, so fast typists do not download the index for every letter. */
  function debounced(action) {
    var timer = 0;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(action, 80);
    };
  }

  function problem(node, error) {
    node.textContent = '';
    node.appendChild(el('p', 'cb-search-empty', error && error.message ? error.message : String(error)));
  }


  // ---- The rest (analysis, index reading, queries, results, the search page) is in search-engine.js,
  // loaded the first time someone searches, so every page carries only this small part.
  var engineSrc = '', engineReady = null, engineResolve = null;

  function engine() {
    engineReady = engineReady || new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      engineResolve = resolve;
      script.src = engineSrc;
      script.onerror = function () {
        engineReady = null;
        reject(new Error(text('script-failed', [engineSrc])));
      };
      document.head.appendChild(script);
    });
    return engineReady;
  }

  /** Called by search-engine.js with its factory; hands it what both halves share. */
  function defineEngine(factory) {
    var api = factory({ fetchKey: fetchKey, el: el, debounced: debounced, problem: problem, base: base, text: text,
      seed: function (key, data) { cache[key] = Promise.resolve(data); } });
    if (engineResolve) { engineResolve(api); } else { engineReady = Promise.resolve(api); }
  }

  /** The search box in the header: results as you type, arrow keys, Enter and Esc. */
  function setupBox(box) {
    var input = box.querySelector('input[name=q]'), panel = box.querySelector('.cb-search-panel'), seq = 0, active = -1;
    function options() { return Array.from(panel.querySelectorAll('[role=option]')); }
    function show(on) {
      panel.hidden = !on;
      input.setAttribute('aria-expanded', on ? 'true' : 'false');
      fit();
    }
    /** Moves the open list sideways, where the box sits near an edge, so all of it stays in the window. */
    function fit() {
      panel.style.left = '';
      if (panel.hidden || window.getComputedStyle(panel).position !== 'absolute') { return; }
      var r = panel.getBoundingClientRect(), width = document.documentElement.clientWidth, margin = 8, shift = 0;
      if (r.right > width - margin) { shift = width - margin - r.right; }
      if (r.left + shift < margin) { shift = margin - r.left; }
      if (shift) { panel.style.left = shift + 'px'; }
    }
    window.addEventListener('resize', fit);
    function setActive(n) {
      var opts = options();
      active = opts.length ? (n + opts.length) % opts.length : -1;
      opts.forEach(function (o, i) {
        o.classList.toggle('is-active', i === active);
        o.setAttribute('aria-selected', i === active ? 'true' : 'false');
      });
      if (active >= 0) {
        input.setAttribute('aria-activedescendant', opts[active].id);
        opts[active].scrollIntoView({ block: 'nearest' });
      }
    }
    function update() {
      var q = input.value.trim(), mine = ++seq, stale = function () { return mine !== seq; };
      active = -1;
      input.removeAttribute('aria-activedescendant');
      if (q.length < 2) {
        panel.textContent = '';
        show(false);
        return;
      }
      engine().then(function (E) {
        return E.open().then(function (ix) { return E.run(ix, input.value).then(function (res) { return [E, ix, res]; }); });
      }).then(function (got) {
        var E = got[0], ix = got[1], res = got[2];
        return (function () {
          var list = el('ul', 'cb-search-groups');
          list.setAttribute('role', 'listbox');
          list.setAttribute('aria-label', text('results-label'));
          return E.renderHits(ix, res.hits, res.terms, list, 8, 'cb-search-option-', stale).then(function () {
            if (stale()) { return; }
            panel.textContent = '';
            panel.appendChild(res.hits.length ? list : el('p', 'cb-search-empty', text('no-results', [q])));
            var all = el('a', 'cb-search-all', res.hits.length ? text('see-all', [res.hits.length]) : text('search-page'));
            all.href = base + 'search/index.html?q=' + encodeURIComponent(q);
            panel.appendChild(all);
            show(true);
          });
        }());
      }).catch(function (error) {
        if (!stale()) {
          problem(panel, error);
          show(true);
        }
      });
    }
    input.addEventListener('input', debounced(update));
    input.addEventListener('focus', function () {
      engine().then(function (E) { return E.open(); }).catch(function () {});
      if (input.value.trim() && panel.childNodes.length) { show(true); }
    });
    input.addEventListener('keydown', function (e) {
      if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !panel.hidden) {
        e.preventDefault();
        var down = e.key === 'ArrowDown';
        setActive(active < 0 ? (down ? 0 : -1) : active + (down ? 1 : -1));
      } else if (e.key === 'Enter' && active >= 0 && !panel.hidden) {
        e.preventDefault();
        window.location.href = options()[active].href;
      } else if (e.key === 'Escape') {
        e.preventDefault();
        if (!panel.hidden) { show(false); } else { input.blur(); }
      }
    });
    document.addEventListener('click', function (e) {
      if (!box.contains(e.target)) { show(false); }
    });
  }

  function shortcut(e) {
    var t = e.target, typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName || ''));
    if (((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey))
        || (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey)) {
      var input = document.querySelector('[data-cb-search-page] input[name=q]')
        || document.querySelector('[data-cb-search] input[name=q]');
      if (input) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    }
  }

  function init() {
    if (/[?&]hl=/.test(window.location.search)) {
      engine().then(function (E) { E.highlightLanding(); }, function () {});
    }
    Array.from(document.querySelectorAll('[data-cb-search]')).forEach(setupBox);
    var page = document.querySelector('[data-cb-search-page]');
    if (page) {
      engine().then(function (E) { E.setupPage(page); }, function (error) {
        problem(page.querySelector('.cb-search-results'), error);
      });
    }
    document.addEventListener('keydown', shortcut);
  }

  window.CasebakeSearch = {
    load: load,
    defineEngine: defineEngine,
    /**
     * Resolves once search-engine.js is loaded; from then on analyze(text) gives a text's terms and
     * excerpt(text, terms) the excerpt a result would show of it.
     */
    ready: function () {
      return engine().then(function (E) {
        window.CasebakeSearch.analyze = E.analyze;
        window.CasebakeSearch.excerpt = E.excerpt;
      });
    },
    /** Resolves to the manifest, search/index.js (for the latency probe). */
    manifest: function () {
      return engine().then(function (E) { return E.open(); }).then(function (ix) { return ix.m; });
    },
    /** Runs a query without showing it: resolves to {count, items: [item numbers], terms}. */
    query: function (q) {
      return engine().then(function (E) {
        return E.open().then(function (ix) { return E.run(ix, q); });
      }).then(function (res) {
        return { count: res.hits.length, items: res.hits.map(function (h) { return h.i; }), terms: res.terms };
      });
    }
  };
  if (document) {
    var me = document.currentScript || document.querySelector('script[src*="assets/js/search.js"]');
    var root = me && me.getAttribute('data-root');
    base = root !== null && me ? new URL(root || './', document.baseURI).href : new URL('../../', me.src).href;
    lang = document.documentElement.lang || 'en';
    try {
      var given = me && me.getAttribute('data-texts');
      if (given) { TEXTS = JSON.parse(given); }
    } catch (e) {
      // Texts that do not parse leave the built-in English ones.
    }
    engineSrc = me.src.replace(/search\.js([?#].*)?$/, 'search-engine.js');
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', init);
    } else {
      init();
    }
  }
}(typeof window !== 'undefined' ? window : globalThis, typeof document !== 'undefined' ? document : null));
