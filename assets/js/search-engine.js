/*
 * Casebake search engine: the analysis of text (the same chain as the Java side), reading the index
 * files, queries (BM25-style ranking, prefix, typo and phrase matching), results, the search page and
 * the highlighting of matched words on the page a result leads to. search.js loads it on first use.
 */
(function (window) {
  'use strict';
  window.CasebakeSearch.defineEngine(function (core) {
  var el = core.el, debounced = core.debounced, problem = core.problem, base = core.base,
    document = window.document, opened = null, unpacked = {};

  /**
   * Resolves to the data of an index file. A sharded index's files (all but the manifest) hold theirs
   * packed: JSON deflated (zlib format) and written as base64, a string where the data are never one.
   */
  function fetchKey(key) {
    if (!unpacked[key]) {
      unpacked[key] = core.fetchKey(key).then(function (data) {
        return typeof data === 'string' ? inflate(data) : data;
      });
      unpacked[key].catch(function () { delete unpacked[key]; });
    }
    return unpacked[key];
  }

  function inflate(base64) {
    if (typeof window.DecompressionStream !== 'function') {
      return Promise.reject(new Error(core.text('needs-decompression')));
    }
    var binary = window.atob(base64), bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    // A stream made here, not a Blob's: no round trip to the browser's blob storage for a few kilobytes.
    var packed = new window.ReadableStream({ start: function (c) { c.enqueue(bytes); c.close(); } });
    return new window.Response(packed.pipeThrough(new window.DecompressionStream('deflate'))).json();
  }

  // ---- Analysis: the same chain as org.casebake.search.TextAnalyzer (Lucene), checked against
  // src/test/resources/search/analysis-table.tsv: Unicode word boundaries (UAX #29), drop emoji,
  // English possessive, lower-case, ASCII folding, English stop words, Porter stemming.
  var STOP = {};
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'
    .split(' ').forEach(function (w) { STOP[w] = 1; });
  // Lucene's ASCII folding where it differs from "strip the accents of a Latin letter" (generated).
  var FOLD = {};
  "':’,A:ᴀ,AE:ᴁ,B:ʙᴃ,C:ʗᴄ,D:ᴅᴆ,E:ᴇⱻ,F:ꜰꟻ,G:ǥǧɢʛ,H:ʜ,I:ɪᵻꟾ,J:ᴊ,K:ᴋ,L:ʟᴌ,M:ᴍꟽꟿ,N:ɴᴎ,O:ᴏᴐ,OE:ɶ,OU:ᴕ,P:ᴘ,R:ʀʁᴙᴚ,S:ꜱꞅ,T:ᴛ,U:ᴜᵾ,V:ᴠ,W:ᴡ,Y:ʏ,Z:ᴢ,a:ɐəɚᶏᶕẚₐₔⓐⱥ,aa:ꜳ,ae:æǣǽᴂ,ao:ꜵ,au:ꜷ,av:ꜹꜻ,ay:ꜽ,b:ƀƃɓᵬᶀⓑ,c:ƈȼɕↄⓒꜿ,d:ðđƌȡɖɗᵭᶁᶑⓓꝺ,db:ȸ,dz:ǆǳʣʥ,e:ǝɇɘɛɜɝɞʚᴈᶒᶓᶔₑⓔⱸ,f:ƒᵮᶂẛⓕꝼ,ff:ﬀ,ffi:ﬃ,ffl:ﬄ,fi:ﬁ,fl:ﬂ,g:ɠɡᵷᵹᶃⓖꝿ,h:ħɥɦʮʯⓗⱨⱶ,hv:ƕ,i:ıɨᴉᵢᵼᶖⁱⓘ,ij:ĳ,j:ȷɉɟʄʝⓙⱼ,k:ƙʞᶄⓚⱪꝁꝃꝅ,l:ŀłƚȴɫɬɭᶅⓛⱡꝇꝉꞁ,lj:ǉ,ll:ỻ,ls:ʪ,lz:ʫ,m:ɯɰɱᵯᶆⓜ,n:ŉŋƞȵɲɳᵰᶇⁿⓝ,nj:ǌ,o:øǿɔɵᴖᴗᶗₒⓞⱺꝋꝍ,oe:œᴔ,oo:ꝏ,ou:ȣ,p:ƥᵱᵽᶈⓟꝑꝓꝕꟼ,q:ĸɋʠⓠꝗꝙ,qp:ȹ,r:ɍɼɽɾɿᵣᵲᵳᶉⓡꝛꞃ,s:ſȿʂᵴᶊẜẝⓢ,ss:ß,st:ﬆ,t:ŧƫƭȶʇʈᵵⓣⱦ,tc:ʨ,th:þᵺꝧ,ts:ʦ,tz:ꜩ,u:ʉᵤᶙⓤ,ue:ᵫ,v:ʋʌᵥᶌⓥⱱⱴꝟ,vy:ꝡ,w:ƿʍⓦⱳ,x:ᶍₓⓧ,y:ƴɏʎỿⓨ,z:ƶȝȥɀʐʑᵶᶎⓩⱬꝣ".split(',').forEach(function (pair) {
    var i = pair.indexOf(':', 1);
    Array.from(pair.slice(i + 1)).forEach(function (c) { FOLD[c] = pair.slice(0, i); });
  });
  var OTHER = 0, AL = 1, NU = 2, KA = 3, EX = 4, ML = 5, MN = 6, MNL = 7, HAN = 8, HIRA = 9, SA = 10,
    EMO = 11, RI = 12, IGN = 13;
  var CLASSES = [
    [IGN, /[\p{M}\p{Cf}\u{1F3FB}-\u{1F3FF}]/u], [HAN, /\p{Script=Han}/u], [HIRA, /\p{Script=Hiragana}/u],
    [KA, /[\p{Script=Katakana}\u3031-\u3035\u309B\u309C\u30A0\u30FC\uFF70]/u],
    [SA, /[\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Tai_Le}\p{Script=New_Tai_Lue}\p{Script=Tai_Tham}\p{Script=Tai_Viet}]/u],
    [AL, /\p{Alphabetic}/u], [NU, /\p{Nd}/u], [EX, /[\p{Pc}\u202F]/u],
    [ML, /[:\u00B7\u0387\u05F4\u2027\uFE13\uFE55\uFF1A]/], [MN, /[,;\u037E\u0589\u060C\u060D\u066C\u07F8\u2044\uFE10\uFE14\uFE50\uFE54\uFF0C\uFF1B]/],
    [MNL, /['.\u2018\u2019\u2024\uFE52\uFF07\uFF0E]/], [RI, /[\u{1F1E6}-\u{1F1FF}]/u], [EMO, /\p{Extended_Pictographic}/u]
  ];

  function classOf(ch) {
    if (ch < '\u0080') {
      return /[a-zA-Z]/.test(ch) ? AL : /[0-9]/.test(ch) ? NU : ch === '_' ? EX : ch === ':' ? ML
        : ch === ',' || ch === ';' ? MN : ch === '.' || ch === "'" ? MNL : OTHER;
    }
    if (ch === '\u200B') {
      return OTHER;
    }
    for (var i = 0; i < CLASSES.length; i++) {
      if (CLASSES[i][1].test(ch)) {
        return CLASSES[i][0];
      }
    }
    return OTHER;
  }

  function joins(a, b) {
    return ((a === AL || a === NU) && (b === AL || b === NU)) || (a === KA && b === KA)
      || (b === EX && a >= AL && a <= EX) || (a === EX && b >= AL && b <= KA);
  }

  /** Splits text into word spans {s, e, emoji} the way Lucene's StandardTokenizer does. */
  function tokenize(text) {
    var chars = Array.from(text), n = chars.length, cls = new Array(n), off = new Array(n + 1), at = 0;
    for (var i = 0; i < n; i++) {
      cls[i] = classOf(chars[i]);
      off[i] = at;
      at += chars[i].length;
    }
    off[n] = at;
    function skip(x) {
      while (x < n && cls[x] === IGN) {
        x++;
      }
      return x;
    }
    var out = [], k = 0;
    while (k < n) {
      var c = cls[k], end;
      if (/^[0-9#*]$/.test(chars[k]) && (chars[k + 1] === '\u20E3' || (chars[k + 1] === '\uFE0F' && chars[k + 2] === '\u20E3'))) {
        end = skip(k + 1);
        out.push({ s: off[k], e: off[end], emoji: true });
      } else if (c >= AL && c <= EX) {
        var last = c, core = c !== EX;
        end = skip(k + 1);
        while (end < n) {
          var next = cls[end];
          if (joins(last, next)) {
            last = next;
            core = core || next !== EX;
            end = skip(end + 1);
            continue;
          }
          var after = skip(end + 1);
          if (after < n && cls[after] === last && ((last === AL && (next === ML || next === MNL))
              || (last === NU && (next === MN || next === MNL)))) {
            end = skip(after + 1);
            continue;
          }
          break;
        }
        if (core) {
          out.push({ s: off[k], e: off[end] });
        }
      } else if (c === HAN || c === HIRA) {
        end = skip(k + 1);
        out.push({ s: off[k], e: off[end] });
      } else if (c === SA) {
        end = k + 1;
        while (end < n && (cls[end] === SA || cls[end] === IGN)) {
          end++;
        }
        out.push({ s: off[k], e: off[end] });
      } else if (c === EMO || c === RI) {
        end = skip(k + 1);
        if (c === RI && !(end < n && cls[end] === RI)) {
          k = end;
          continue;
        }
        end = c === RI ? skip(end + 1) : end;
        while (c === EMO && end < n && cls[end] === EMO && chars.slice(k, end).indexOf('\u200D') >= 0
            && chars[end - 1] === '\u200D') {
          end = skip(end + 1);
        }
        out.push({ s: off[k], e: off[end], emoji: true });
      } else {
        end = k + 1;
      }
      k = end;
    }
    return out;
  }

  function lower(word) {
    return Array.from(word, function (ch) {
      var l = ch === '\u0130' ? 'i' : ch.toLowerCase();
      return Array.from(l).length === 1 ? l : ch;
    }).join('');
  }

  function fold(word) {
    return Array.from(word, function (ch) {
      if (ch < '\u0080') {
        return ch;
      }
      if (FOLD[ch] !== undefined) {
        return FOLD[ch];
      }
      var d = ch.normalize('NFD');
      if (d.charCodeAt(0) < 0x80 && /^\p{M}+$/u.test(d.slice(1))) {
        return d[0];
      }
      var cp = ch.codePointAt(0);
      return cp >= 0xFF01 && cp <= 0xFF5E ? String.fromCharCode(cp - 0xFEE0) : ch;
    }).join('');
  }

  /**
   * Returns every word of a text: {t: stemmed term, or null for a stop word or emoji, w: folded word
   * before stemming, p: position, s/e: offsets in the text}.
   */
  function words(text) {
    return tokenize(text).map(function (span, position) {
      var w = text.slice(span.s, span.e), l = w.length;
      if (span.emoji) {
        return { t: null, w: w, p: position, s: span.s, e: span.e };
      }
      if (l >= 2 && "'\u2019\uFF07".indexOf(w[l - 2]) >= 0 && (w[l - 1] === 's' || w[l - 1] === 'S')) {
        w = w.slice(0, l - 2);
      }
      w = fold(lower(w));
      return { t: STOP[w] ? null : stem(w), w: w, p: position, s: span.s, e: span.e };
    });
  }

  /**
   * Returns the terms of a text: {t: stemmed term, w: folded word before stemming, p: position,
   * s/e: offsets in the text}. Removed words (stop words, emoji) leave gaps in the positions.
   */
  function analyze(text) {
    return words(text).filter(function (word) { return word.t !== null; });
  }

  // ---- Excerpts: the passage around the best match, as Pagefind cuts them. The window of
  // EXCERPT_WORDS words with the most different matched terms (then the most matched words; the
  // earliest of equals) is shown with its matches centred, at most a third of the window before the
  // first of them.
  var EXCERPT_WORDS = 30;

  /**
   * The passage of text to show for the matched terms in set: {s, e: its offsets in text, marks:
   * [[s, e], ...] offsets of every matched word in it, distinct, hits: how well it matches}.
   */
  function passage(text, set, size) {
    var list = words(text), n = list.length, seen = {}, distinct = 0, hits = 0, best = [0, 0], from = 0, i;
    var matched = list.map(function (word) { return word.t !== null && set[word.t] === 1; });
    for (i = 0; i < n; i++) {
      if (matched[i]) {
        seen[list[i].t] = (seen[list[i].t] || 0) + 1;
        distinct += seen[list[i].t] === 1 ? 1 : 0;
        hits++;
      }
      if (i >= size && matched[i - size]) {
        seen[list[i - size].t]--;
        distinct -= seen[list[i - size].t] === 0 ? 1 : 0;
        hits--;
      }
      if (distinct > best[0] || (distinct === best[0] && hits > best[1])) {
        best = [distinct, hits];
        from = Math.max(0, i - size + 1);
      }
    }
    var first = -1, last = -1;
    for (i = from; i < Math.min(n, from + size); i++) {
      if (matched[i]) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    var start = first < 0 ? 0 : Math.max(0, first - Math.min(Math.floor((size - (last - first + 1)) / 2), Math.floor(size / 3)));
    start = Math.max(0, Math.min(start, n - size));
    var end = Math.min(n, start + size), marks = [];
    if (!n) {
      return { s: 0, e: text.length, marks: [], distinct: 0, hits: 0 };
    }
    // The passage runs from white space to white space, so no word and no punctuation mark is cut.
    var s = start === 0 ? 0 : list[start].s, e = end === n ? text.length : list[end - 1].e;
    while (s > 0 && !/\s/.test(text[s - 1]) && s > list[start - 1].e) { s--; }
    while (end < n && e < list[end].s && !/\s/.test(text[e])) { e++; }
    for (i = start; i < end; i++) {
      if (matched[i]) { marks.push([list[i].s, list[i].e]); }
    }
    return { s: s, e: e, marks: marks, distinct: best[0], hits: best[1] };
  }

  // The Porter stemmer as Lucene's PorterStemmer has it (including its "bli" and "logi" rules).
  function stem(word) {
    if (word.length < 3) {
      return word;
    }
    var b = word, k = b.length - 1, j = 0;
    function cons(i) {
      var ch = b[i];
      return 'aeiou'.indexOf(ch) >= 0 ? false : ch === 'y' ? (i === 0 ? true : !cons(i - 1)) : true;
    }
    function m() {
      var n = 0, i = 0;
      for (;;) {
        if (i > j) { return n; }
        if (!cons(i)) { break; }
        i++;
      }
      i++;
      for (;;) {
        for (;;) {
          if (i > j) { return n; }
          if (cons(i)) { break; }
          i++;
        }
        i++;
        n++;
        for (;;) {
          if (i > j) { return n; }
          if (!cons(i)) { break; }
          i++;
        }
        i++;
      }
    }
    function vowelInStem() {
      for (var i = 0; i <= j; i++) {
        if (!cons(i)) { return true; }
      }
      return false;
    }
    function doublec(x) {
      return x >= 1 && b[x] === b[x - 1] && cons(x);
    }
    function cvc(i) {
      return i >= 2 && cons(i) && !cons(i - 1) && cons(i - 2) && 'wxy'.indexOf(b[i]) < 0;
    }
    function ends(s) {
      var l = s.length;
      if (l > k + 1 || b.slice(k - l + 1, k + 1) !== s) { return false; }
      j = k - l;
      return true;
    }
    function setto(s) {
      b = b.slice(0, j + 1) + s + b.slice(k + 1);
      k = j + s.length;
    }
    function r(s) {
      if (m() > 0) { setto(s); }
    }
    function rules(list) {
      for (var i = 0; i < list.length; i += 2) {
        if (ends(list[i])) { r(list[i + 1]); return; }
      }
    }
    // step 1ab
    if (b[k] === 's') {
      if (ends('sses')) { k -= 2; } else if (ends('ies')) { setto('i'); } else if (b[k - 1] !== 's') { k--; }
    }
    if (ends('eed')) {
      if (m() > 0) { k--; }
    } else if ((ends('ed') || ends('ing')) && vowelInStem()) {
      k = j;
      if (ends('at')) { setto('ate'); } else if (ends('bl')) { setto('ble'); } else if (ends('iz')) { setto('ize'); } else if (doublec(k)) {
        k--;
        if ('lsz'.indexOf(b[k]) >= 0) { k++; }
      } else if (m() === 1 && cvc(k)) { setto('e'); }
    }
    // step 1c
    if (ends('y') && vowelInStem()) { b = b.slice(0, k) + 'i' + b.slice(k + 1); }
    // step 2
    if (k > 0) {
      rules(({
        a: ['ational', 'ate', 'tional', 'tion'], c: ['enci', 'ence', 'anci', 'ance'], e: ['izer', 'ize'],
        l: ['bli', 'ble', 'alli', 'al', 'entli', 'ent', 'eli', 'e', 'ousli', 'ous'],
        o: ['ization', 'ize', 'ation', 'ate', 'ator', 'ate'],
        s: ['alism', 'al', 'iveness', 'ive', 'fulness', 'ful', 'ousness', 'ous'],
        t: ['aliti', 'al', 'iviti', 'ive', 'biliti', 'ble'], g: ['logi', 'log']
      })[b[k - 1]] || []);
    }
    // step 3
    rules(({
      e: ['icate', 'ic', 'ative', '', 'alize', 'al'], i: ['iciti', 'ic'], l: ['ical', 'ic', 'ful', ''], s: ['ness', '']
    })[b[k]] || []);
    // step 4
    if (k > 0) {
      var suffixes = ({
        a: ['al'], c: ['ance', 'ence'], e: ['er'], i: ['ic'], l: ['able', 'ible'], n: ['ant', 'ement', 'ment', 'ent'],
        o: ['ion', 'ou'], s: ['ism'], t: ['ate', 'iti'], u: ['ous'], v: ['ive'], z: ['ize']
      })[b[k - 1]] || [], found = false;
      for (var i = 0; i < suffixes.length && !found; i++) {
        found = ends(suffixes[i]) && (suffixes[i] !== 'ion' || (j >= 0 && (b[j] === 's' || b[j] === 't')));
      }
      if (found && m() > 1) { k = j; }
    }
    // step 5
    j = k;
    if (b[k] === 'e') {
      var a = m();
      if (a > 1 || (a === 1 && !cvc(k - 1))) { k--; }
    }
    if (b[k] === 'l' && doublec(k) && m() > 1) { k--; }
    return b.slice(0, k + 1);
  }

  // ---- Index data: search/index.js (the manifest) and, on large sites, shards loaded on demand.
  // DIGIT maps a character's code to its value: a typed array read by charCodeAt, not a one-letter string
  // looked up in an object, since the search page reads some 100,000 numbers of the filters' file at once.
  var ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', DIGIT = new Uint8Array(128);
  for (var a = 0; a < 64; a++) {
    DIGIT[ALPHA.charCodeAt(a)] = a;
  }
  var TYPES = ['case', 'question', 'answer', 'comparison', 'notes'];

  /** Reads a string of numbers: base-32 digits, all but the last of each number from the upper half. */
  function Reader(text) {
    this.text = text;
    this.at = 0;
  }
  Reader.prototype.int = function () {
    var v = 0, d;
    while ((d = DIGIT[this.text.charCodeAt(this.at++)]) >= 32) {
      v = v * 32 + d - 32;
    }
    return v * 32 + d;
  };
  Reader.prototype.more = function () {
    return this.at < this.text.length;
  };
  Reader.prototype.char = function () {
    return DIGIT[this.text.charCodeAt(this.at++)];
  };

  function open() {
    opened = opened || fetchKey('index').then(function (m) {
      Object.keys(m.inline || {}).forEach(function (key) {
        core.seed(key, m.inline[key]);
      });
      // An item's case, type and first question arrive with its result file or, for all, with facets.
      return { m: m, n: m.n, type: new Uint8Array(m.n), kase: new Int32Array(m.n), q: new Int32Array(m.n),
        cases: [], shards: {}, post: {}, positions: {} };
    });
    return opened;
  }

  function shardOf(ix, term) {
    var s = ix.m.shards, lo = 0, hi = s.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (s[mid] <= term) { lo = mid; } else { hi = mid - 1; }
    }
    return lo;
  }

  function loadShards(ix, wanted) {
    return Promise.all(Object.keys(wanted).map(function (i) {
      return fetchKey('t/' + i).then(function (data) { ix.shards[i] = data; });
    }));
  }

  function lowerBound(list, key) {
    var lo = 0, hi = list.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid] < key) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  }

  /** The postings {items, w} of a term, or null when it is not in the (loaded part of the) index. */
  function postings(ix, term) {
    if (ix.post[term] !== undefined) {
      return ix.post[term];
    }
    var shard = ix.shards[shardOf(ix, term)];
    if (!shard) {
      return null;
    }
    var k = lowerBound(shard[0], term);
    if (shard[0][k] !== term) {
      return (ix.post[term] = null);
    }
    var r = new Reader(shard[1][k]), items = [], w = [], item = -1;
    while (r.more()) {
      item += r.int() + 1;
      items.push(item);
      w.push(r.char());
    }
    return (ix.post[term] = { items: items, w: w, shard: shardOf(ix, term), k: k });
  }

  function termsWithPrefix(ix, prefix) {
    var out = [], first = shardOf(ix, prefix), last = shardOf(ix, prefix + '\uffff');
    for (var i = first; i <= last; i++) {
      var terms = ix.shards[i] ? ix.shards[i][0] : [];
      for (var k = lowerBound(terms, prefix); k < terms.length && terms[k].indexOf(prefix) === 0; k++) {
        out.push(terms[k]);
      }
    }
    return out;
  }

  function typoVariants(word) {
    var out = {}, letters = 'abcdefghijklmnopqrstuvwxyz';
    for (var i = 0; i <= word.length; i++) {
      var head = word.slice(0, i), tail = word.slice(i);
      if (tail) {
        out[head + tail.slice(1)] = 1;
        if (tail.length > 1) { out[head + tail[1] + tail[0] + tail.slice(2)] = 1; }
      }
      for (var l = 0; l < 26; l++) {
        out[head + letters[l] + tail] = 1;
        if (tail) { out[head + letters[l] + tail.slice(1)] = 1; }
      }
    }
    delete out[word];
    return Object.keys(out);
  }

  // ---- Queries: every word must match (AND); the last word may be unfinished (prefix); words of five
  // letters or more that match nothing are corrected by one edit; words in quotes must form the phrase.
  function parse(query) {
    var clauses = [], phrases = [], parts = query.split('"');
    parts.forEach(function (part, i) {
      var quoted = i % 2 === 1, tokens = analyze(part), phrase = quoted && tokens.length > 1 ? [] : null;
      tokens.forEach(function (tok) {
        var clause = { t: tok.t, w: tok.w, p: tok.p, exact: quoted, prefix: false, optional: false };
        clauses.push(clause);
        if (phrase) { phrase.push(clause); }
      });
      if (phrase) { phrases.push(phrase); }
      if (i === parts.length - 1 && !quoted && !/\s$/.test(part)) {
        var last = tokens[tokens.length - 1], word = /[^\s"]*$/.exec(part)[0];
        if (last && last.e === part.length) {
          clauses[clauses.length - 1].prefix = true;
          clauses[clauses.length - 1].optional = last.w.length < 3 && clauses.length > 1;
        } else if (/^[a-z]+$/i.test(word) && word.length >= 3) {
          clauses.push({ t: word.toLowerCase(), w: word.toLowerCase(), p: 0, prefix: true, optional: true });
        }
      }
    });
    return { clauses: clauses, phrases: phrases };
  }

  function expand(ix, c) {
    var out = [];
    if (postings(ix, c.t)) { out.push({ t: c.t, f: 1 }); }
    if (c.prefix && c.w.length >= 3) {
      var more = termsWithPrefix(ix, c.w).filter(function (t) { return t !== c.t; });
      more.sort(function (x, y) { return postings(ix, y).items.length - postings(ix, x).items.length || (x < y ? -1 : 1); });
      more.slice(0, 30).forEach(function (t) { out.push({ t: t, f: 0.7 }); });
      // An unfinished word can be longer than its stem ("innovati" for "innov").
      for (var l = c.w.length - 1; !out.length && l >= Math.max(3, c.w.length - 4); l--) {
        if (postings(ix, c.w.slice(0, l))) { out.push({ t: c.w.slice(0, l), f: 0.7 }); }
      }
    }
    return out;
  }

  function typos(ix, c) {
    var seen = {}, out = [];
    typoVariants(c.w).forEach(function (v) {
      var t = stem(v);
      if (!seen[t] && t !== c.t && !STOP[v] && postings(ix, t)) { out.push({ t: t, f: 0.5 }); }
      seen[t] = 1;
    });
    return out;
  }

  function needsTypo(c) {
    return !c.matches.length && !c.exact && !c.optional && c.w.length >= 5;
  }

  /** Runs a query: resolves to {hits: [{i: item, s: score}] best first, terms: matched index terms}. */
  function run(ix, query) {
    var parsed = parse(query), clauses = parsed.clauses, wanted = {}, typo = {};
    clauses.forEach(function (c) {
      wanted[shardOf(ix, c.t)] = 1;
      if (c.prefix && c.w.length >= 3) {
        for (var i = shardOf(ix, c.w), last = shardOf(ix, c.w + '\uffff'); i <= last; i++) { wanted[i] = 1; }
        for (var l = 3; l < c.w.length; l++) { wanted[shardOf(ix, c.w.slice(0, l))] = 1; }
      }
    });
    return loadShards(ix, wanted).then(function () {
      clauses.forEach(function (c) {
        c.matches = expand(ix, c);
        if (needsTypo(c)) {
          // Corrections are looked for among the words that share the first three letters.
          var from = shardOf(ix, c.w.slice(0, 3)), to = Math.min(shardOf(ix, c.w.slice(0, 3) + '\uffff'), from + 3);
          for (var i = from; i <= to; i++) { typo[i] = 1; }
        }
      });
      return loadShards(ix, typo);
    }).then(function () {
      clauses.forEach(function (c) {
        if (needsTypo(c)) { c.matches = typos(ix, c); }
      });
      return score(ix, parsed);
    });
  }

  function score(ix, parsed) {
    var terms = {}, required = [];
    parsed.clauses.forEach(function (c) {
      var map = new Map();
      c.matches.forEach(function (m) {
        var p = postings(ix, m.t), df = p.items.length, idf = Math.log(1 + (ix.n - df + 0.5) / (df + 0.5));
        terms[m.t] = 1;
        for (var k = 0; k < df; k++) {
          var s = idf * p.w[k] / 63 * m.f, old = map.get(p.items[k]);
          if (old === undefined || s > old) { map.set(p.items[k], s); }
        }
      });
      if (map.size || !c.optional) { required.push(map); }
    });
    if (!required.length || required.some(function (map) { return !map.size; })) {
      return { hits: [], terms: [], words: parsed.clauses.length };
    }
    required.sort(function (x, y) { return x.size - y.size; });
    var hits = [];
    required[0].forEach(function (s, item) {
      for (var i = 1; i < required.length; i++) {
        var other = required[i].get(item);
        if (other === undefined) { return; }
        s += other;
      }
      hits.push({ i: item, s: s });
    });
    return verifyPhrases(ix, parsed.phrases, hits).then(function (kept) {
      kept.sort(function (x, y) { return y.s - x.s || x.i - y.i; });
      return { hits: kept, terms: Object.keys(terms).sort(), words: parsed.clauses.length };
    });
  }

  function verifyPhrases(ix, phrases, hits) {
    if (!phrases.length || !hits.length) { return Promise.resolve(hits); }
    var wanted = {};
    phrases.forEach(function (ph) { ph.forEach(function (c) { wanted[postings(ix, c.t).shard] = 1; }); });
    return Promise.all(Object.keys(wanted).map(function (i) { return fetchKey('p/' + i); })).then(function (files) {
      Object.keys(wanted).forEach(function (i, n) { ix.positions[i] = files[n]; });
      return hits.filter(function (h) {
        return phrases.every(function (ph) { return phraseAt(ix, ph, h.i); });
      });
    });
  }

  function positionsOf(ix, term, item) {
    var p = postings(ix, term);
    if (!p.pos) {
      var r = new Reader(ix.positions[p.shard][p.k]);
      p.pos = p.items.map(function () {
        var list = [], at = -1, v;
        do {
          v = r.int();
          list.push(at += (v >> 1) + 1);
        } while (v & 1);
        return list;
      });
    }
    return p.pos[lowerBound(p.items, item)];
  }

  function phraseAt(ix, phrase, item) {
    return positionsOf(ix, phrase[0].t, item).some(function (start) {
      return phrase.every(function (c) {
        return positionsOf(ix, c.t, item).indexOf(start + c.p - phrase[0].p) >= 0;
      });
    });
  }

  // ---- Facets: type and case come with the manifest; themes, case tags, featured and further
  // questions from search/facets.js, which only the search page loads. A case's tags and an answer's
  // themes are facets of their own: "security" the tag is not "Security" the theme.
  var FACETS = ['type', 'case', 'question', 'theme', 'tag', 'featured'];

  function facets(ix) {
    ix.facets = ix.facets || fetchKey('facets').then(function (f) {
      var fx = { featured: new Uint8Array(ix.n), themes: [], tags: [], extra: [], themeNames: f.themeNames,
          tagNames: f.tagNames },
        r = new Reader(f.runs), item = 0, c = -1;
      while (r.more()) {
        var k = r.int(), t = r.int(), q = r.int() - 1, end = item + r.int();
        c = k ? k - 2 : c;
        for (; item < end; item++) {
          ix.kase[item] = c;
          ix.type[item] = t;
          ix.q[item] = q;
        }
      }
      f.cases.forEach(function (entry, n) { ix.cases[n] = ix.cases[n] || entry; });
      ix.placed = true;
      r = new Reader(f.featured);
      item = -1;
      while (r.more()) { fx.featured[item += r.int() + 1] = 1; }
      for (r = new Reader(f.extra), item = 0; r.more();) {
        item += r.int();
        (fx.extra[item] = fx.extra[item] || []).push(r.int());
      }
      [['themes', f.themes], ['tags', f.tags]].forEach(function (facet) {
        facet[1].forEach(function (list, value) {
          for (r = new Reader(list), item = -1; r.more();) {
            item += r.int() + 1;
            (fx[facet[0]][item] = fx[facet[0]][item] || []).push(value);
          }
        });
      });
      return fx;
    });
    return ix.facets;
  }

  function valuesOf(ix, fx, facet, item) {
    if (facet === 'type') { return [TYPES[ix.type[item]]]; }
    if (facet === 'case') { return [ix.kase[item]]; }
    if (facet === 'theme') { return fx.themes[item] || []; }
    if (facet === 'tag') { return fx.tags[item] || []; }
    if (facet === 'featured') { return fx.featured[item] ? [1] : []; }
    var c = ix.kase[item];
    return (ix.q[item] >= 0 ? [ix.q[item]] : []).concat(fx.extra[item] || []).map(function (q) { return c + ':' + q; });
  }

  /** Whether an item with these values of a facet passes that facet's filter (nothing chosen passes all). */
  function passes(want, values) {
    return !want.length || values.some(function (v) { return want.indexOf(v) >= 0; });
  }

  /** Keeps the hits that pass every chosen filter. */
  function filterHits(ix, fx, hits, chosen) {
    return hits.filter(function (h) {
      return FACETS.every(function (facet) {
        return !chosen[facet].length || passes(chosen[facet], valuesOf(ix, fx, facet, h.i));
      });
    });
  }

  /**
   * Every facet's counts in one pass: a value of a facet counts the hits that pass the filters chosen in
   * every other facet (so choosing Q2 still shows how many hits each other question has). Questions are
   * offered for one case only (shown), so only its hits' questions are counted unless questions are chosen.
   */
  function allCounts(ix, fx, hits, chosen, shown) {
    var out = {}, none = [];
    FACETS.forEach(function (facet) { out[facet] = new Map(); });
    hits.forEach(function (h) {
      var values = [], failed = -1, failures = 0;
      FACETS.forEach(function (facet, f) {
        var want = chosen[facet];
        values[f] = facet !== 'question' || want.length || ix.kase[h.i] === shown ? valuesOf(ix, fx, facet, h.i) : none;
        if (!passes(want, values[f])) {
          failed = f;
          failures++;
        }
      });
      if (failures > 1) { return; }
      FACETS.forEach(function (facet, f) {
        if (failures === 0 || failed === f) {
          values[f].forEach(function (v) { out[facet].set(v, (out[facet].get(v) || 0) + 1); });
        }
      });
    });
    return out;
  }

  // ---- Showing results. Student text only ever reaches the page as text nodes, never as markup.
  var text = core.text;
  function typeLabel(type) { return text('type.' + type); }

  /** Appends text to a node, wrapping the words whose term is in the set in mark elements. */
  function appendMarked(node, text, set) {
    var at = 0;
    analyze(text).forEach(function (tok) {
      if (set[tok.t]) {
        node.appendChild(document.createTextNode(text.slice(at, tok.s)));
        node.appendChild(el('mark', 'cb-search-hit', text.slice(tok.s, tok.e)));
        at = tok.e;
      }
    });
    node.appendChild(document.createTextNode(text.slice(at)));
  }

  function linkTo(url, anchor, terms) {
    var hash = url.indexOf('#'), path = hash < 0 ? url : url.slice(0, hash);
    var fragment = anchor ? '#' + anchor : hash < 0 ? '' : url.slice(hash);
    var hl = terms.length ? (path.indexOf('?') < 0 ? '?' : '&') + 'hl=' + encodeURIComponent(terms.join(' ')) : '';
    return base + path + hl + fragment;
  }

  function doc(ix, item) {
    return fetchKey('d/' + Math.floor(item / ix.m.group)).then(function (group) {
      var d = group[item % ix.m.group];
      ix.type[item] = d[4];
      ix.kase[item] = d[5];
      ix.q[item] = d[6];
      return d;
    });
  }

  /** Resolves to a case's [slug, title, questions]. */
  function caseInfo(ix, c) {
    return c < 0 ? Promise.resolve(['', text('across-cases'), []]) : fetchKey('c/' + c).then(function (info) {
      ix.cases[c] = info;
      return info;
    });
  }

  /** Appends a passage of text: an ellipsis where it starts or ends inside the text, its matched words marked. */
  function appendPassage(node, text, cut) {
    var at = cut.s;
    if (cut.s > 0) { node.appendChild(document.createTextNode('…')); }
    cut.marks.forEach(function (m) {
      node.appendChild(document.createTextNode(text.slice(at, m[0])));
      node.appendChild(el('mark', 'cb-search-hit', text.slice(m[0], m[1])));
      at = m[1];
    });
    node.appendChild(document.createTextNode(text.slice(at, cut.e)));
    if (cut.e < text.length) { node.appendChild(document.createTextNode('…')); }
  }

  /** The section of a result that matches best (the first when none does), and its passage. */
  function bestSection(sections, set) {
    var pick = null;
    sections.forEach(function (section, n) {
      var cut = passage(section[2], set, EXCERPT_WORDS), heading = analyze(section[0]).some(function (tok) { return set[tok.t]; });
      var score = [cut.distinct + (heading ? 1 : 0), cut.hits];
      if (!pick || score[0] > pick.score[0] || (score[0] === pick.score[0] && score[1] > pick.score[1])) {
        pick = { n: n, section: section, cut: cut, score: score };
      }
    });
    return pick || { n: 0, section: ['', '', ''], cut: { s: 0, e: 0, marks: [] }, score: [0, 0] };
  }

  /**
   * What a result is, in words: an answer by its author and the question it answers ("C. S. on Q2 ·
   * Do you feel that…", the question the filters chose when there is one), a question by its number
   * and prompt, a case or comparison by its title and the section the excerpt comes from.
   */
  function titleOf(type, d, question, heading) {
    if (type === 'answer' && d[2] && question) { return text('title.answer', [d[2], question[1]]); }
    if (type === 'answer' && d[2]) { return text('title.answer-by', [d[2]]); }
    return heading ? text('title.section', [d[1], heading]) : d[1];
  }

  function resultNode(ix, item, d, questions, terms, set, questionOf) {
    var sections = typeof d[3] === 'string' ? [['', '', d[3]]] : d[3], best = bestSection(sections, set);
    var section = best.section, type = TYPES[ix.type[item]], a = el('a', 'cb-search-result');
    a.href = linkTo(d[0], section[1], terms);
    var head = el('span', 'cb-search-result-head'), title = el('span', 'cb-search-result-title');
    head.appendChild(el('span', 'cb-search-badge cb-search-badge-' + type, typeLabel(type)));
    appendMarked(title, titleOf(type, d, questions[questionOf ? questionOf(item) : ix.q[item]], section[0]), set);
    head.appendChild(title);
    a.appendChild(head);
    if (d[7]) { a.appendChild(el('span', 'cb-search-result-meta', text('featured'))); }
    if (section[2]) {
      var excerpt = el('span', 'cb-search-result-excerpt');
      appendPassage(excerpt, section[2], best.cut);
      a.appendChild(excerpt);
    }
    return a;
  }

  /** Shows the first `limit` hits in `list`, grouped by case; resolves once shown (unless stale). */
  function renderHits(ix, hits, terms, list, limit, idPrefix, stale, questionOf) {
    var top = hits.slice(0, limit), cases = [], docs;
    if (ix.placed) {
      // Every item's case is known (the search page has the facets): its case files load beside the results'.
      top.forEach(function (h) { caseInfo(ix, ix.kase[h.i]).catch(function () {}); });
    }
    return Promise.all(top.map(function (h) { return doc(ix, h.i); })).then(function (loaded) {
      docs = loaded;
      top.forEach(function (h) { if (cases.indexOf(ix.kase[h.i]) < 0) { cases.push(ix.kase[h.i]); } });
      return Promise.all(cases.map(function (c) { return caseInfo(ix, c); }));
    }).then(function (infos) {
      if (stale()) { return; }
      var set = {}, groups = new Map();
      terms.forEach(function (t) { set[t] = 1; });
      list.textContent = '';
      top.forEach(function (h, n) {
        var c = ix.kase[h.i], group = groups.get(c);
        if (!group) {
          var li = el('li', 'cb-search-group'), name = infos[cases.indexOf(c)][1];
          li.appendChild(el('p', 'cb-search-group-title', name));
          group = el('ul', 'cb-search-group-list');
          // In the header's listbox a case's results are a group of options; on the search page, a list.
          if (list.getAttribute('role') === 'listbox') { group.setAttribute('role', 'group'); }
          group.setAttribute('aria-label', name);
          li.appendChild(group);
          list.appendChild(li);
          groups.set(c, group);
        }
        var entry = el('li', 'cb-search-entry'), a = resultNode(ix, h.i, docs[n], infos[cases.indexOf(c)][2], terms, set,
          questionOf);
        a.id = idPrefix + n;
        if (list.getAttribute('role') === 'listbox') {
          a.setAttribute('role', 'option');
          entry.setAttribute('role', 'none');
          group.parentNode.setAttribute('role', 'none');
        }
        entry.appendChild(a);
        group.appendChild(entry);
      });
    });
  }

  /**
   * The search page: full results and filters with counts, both kept in the address (?q=...&case=...)
   * and restored from it on load and on back/forward. With no word typed the filters browse: every
   * item that passes them, in the order of the index (by case, type and question).
   */
  function setupPage(page) {
    var input = page.querySelector('input[name=q]'), status = page.querySelector('.cb-search-status'),
      list = page.querySelector('.cb-search-results'), filters = page.querySelector('.cb-search-filters'),
      box = page.querySelector('.cb-search-filter-box'), more = page.querySelector('.cb-search-more'),
      params = new URLSearchParams(window.location.search), limit = 10, seq = 0, chosen = null;
    input.value = params.get('q') || '';
    // Beside the results there is room to show the filters; on a phone they wait, folded, above them.
    if (box && !(window.matchMedia && window.matchMedia('(max-width: 40rem)').matches)) { box.open = true; }

    function questionsOf(ix, c) {
      return (ix.cases[c] && ix.cases[c][2]) || [];
    }

    function readChosen(ix, fx) {
      var c = {}, slugs = ix.cases.map(function (k) { return k[0]; });
      FACETS.forEach(function (f) { c[f] = params.getAll(f).filter(Boolean); });
      c.type = c.type.filter(function (t) { return TYPES.indexOf(t) >= 0; });
      c['case'] = c['case'].map(function (s) { return slugs.indexOf(s); }).filter(function (n) { return n >= 0; });
      c.theme = c.theme.map(function (s) { return fx.themeNames.indexOf(s); }).filter(function (n) { return n >= 0; });
      c.tag = c.tag.map(function (s) { return fx.tagNames.indexOf(s); }).filter(function (n) { return n >= 0; });
      c.featured = c.featured.length ? [1] : [];
      return Promise.all(c.question.map(function (v) {
        var cut = v.lastIndexOf('/'), n = slugs.indexOf(v.slice(0, cut));
        return n < 0 ? null : caseInfo(ix, n).then(function (info) {
          var q = info[2].map(function (x) { return x[0]; }).indexOf(v.slice(cut + 1));
          return q >= 0 ? n + ':' + q : null;
        });
      })).then(function (qs) {
        c.question = qs.filter(Boolean);
        return c;
      });
    }

    /** Puts the word and the filters in the address: a new history entry for a choice, not for typing. */
    function writeAddress(ix, fx, push) {
      var out = new URLSearchParams();
      if (input.value.trim()) { out.set('q', input.value.trim()); }
      FACETS.forEach(function (f) {
        chosen[f].forEach(function (x) {
          var v = f === 'case' ? ix.cases[x][0] : f === 'theme' ? fx.themeNames[x] : f === 'tag' ? fx.tagNames[x]
            : f === 'question' ? questionKey(ix, x) : String(x);
          if (v) { out.append(f, v); }
        });
      });
      var address = '?' + out.toString();
      if (address === window.location.search || (address === '?' && !window.location.search)) { return; }
      try {
        window.history[push ? 'pushState' : 'replaceState'](null, '', address);
      } catch (e) {
        // Some browsers refuse to change the address of a page opened from disk; search works on.
      }
    }

    function questionKey(ix, v) {
      var parts = v.split(':'), q = questionsOf(ix, +parts[0])[+parts[1]];
      return q ? ix.cases[+parts[0]][0] + '/' + q[0] : null;
    }

    function labelOf(ix, fx, facet, v) {
      if (facet === 'type') { return typeLabel(v); }
      if (facet === 'case') { return v >= 0 ? ix.cases[v][1] : text('across-cases'); }
      if (facet === 'theme') { return fx.themeNames[v]; }
      if (facet === 'tag') { return fx.tagNames[v]; }
      if (facet === 'featured') { return text('featured-only'); }
      var q = questionsOf(ix, +v.split(':')[0])[+v.split(':')[1]];
      return q ? q[1] : v;
    }

    /** The question a result is shown with: the first of its questions the filters chose, else its first. */
    function questionOf(ix, fx, item) {
      var c = ix.kase[item], own = (ix.q[item] >= 0 ? [ix.q[item]] : []).concat(fx.extra[item] || []);
      for (var i = 0; i < own.length; i++) {
        if (chosen.question.indexOf(c + ':' + own[i]) >= 0) { return own[i]; }
      }
      return ix.q[item];
    }

    function renderFilters(ix, fx, hits, stale) {
      var one = chosen['case'].length === 1 ? chosen['case'][0] : null;
      if (one === null && hits.length && hits.every(function (h) { return ix.kase[h.i] === ix.kase[hits[0].i]; })) {
        one = ix.kase[hits[0].i];
      }
      return Promise.all([caseInfo(ix, one === null ? -1 : one), new Promise(function (resolve) {
        window.setTimeout(resolve, 0);
      })]).then(function () {
        if (stale()) { return; }
        filters.textContent = '';
        var all = allCounts(ix, fx, hits, chosen, one);
        FACETS.forEach(function (facet) {
          var c = all[facet], values = Array.from(c.keys());
          chosen[facet].forEach(function (v) { if (!c.has(v)) { c.set(v, 0); values.push(v); } });
          if (facet === 'question') {
            values = values.filter(function (v) { return one !== null && +v.split(':')[0] === one; });
          }
          values.sort(function (x, y) {
            if (facet === 'type') { return TYPES.indexOf(x) - TYPES.indexOf(y); }
            if (facet === 'question') { return +x.split(':')[1] - +y.split(':')[1]; }
            return c.get(y) - c.get(x) || (labelOf(ix, fx, facet, x) < labelOf(ix, fx, facet, y) ? -1 : 1);
          });
          if (!values.length) { return; }
          var set = el('fieldset', 'cb-search-facet cb-search-facet-' + facet);
          set.appendChild(el('legend', null, text('facet.' + facet)));
          values.forEach(function (v) {
            var label = el('label', 'cb-search-choice'), check = el('input');
            check.type = 'checkbox';
            check.name = facet;
            check.value = String(v);
            check.checked = chosen[facet].indexOf(v) >= 0;
            check.addEventListener('change', function () {
              chosen[facet] = check.checked ? chosen[facet].concat([v]) : chosen[facet].filter(function (x) { return x !== v; });
              update(false, true);
            });
            label.appendChild(check);
            label.appendChild(el('span', 'cb-search-choice-label', labelOf(ix, fx, facet, v)));
            label.appendChild(el('span', 'cb-search-count', text('number', [c.get(v)])));
            set.appendChild(label);
          });
          filters.appendChild(set);
        });
        var active = FACETS.reduce(function (n, f) { return n + chosen[f].length; }, 0), count = box && box.querySelector('.cb-search-filter-count');
        if (count) { count.textContent = active ? ' (' + text('number', [active]) + ')' : ''; }
      });
    }

    function everyItem(ix) {
      var all = [];
      for (var i = 0; i < ix.n; i++) { all.push({ i: i, s: 0 }); }
      return all;
    }

    function describe(q, count, browsing) {
      if (q) { return count ? text('results', [count, q]) : text('no-results', [q]); }
      if (!browsing) { return text('prompt'); }
      return count ? text('browse-results', [count]) : text('no-match');
    }

    function update(keepLimit, push) {
      var q = input.value.trim(), mine = ++seq, stale = function () { return mine !== seq; };
      if (!keepLimit) { limit = 10; }
      open().then(function (ix) {
        // The query runs while the filters' file loads: neither needs the other until the results are cut.
        var ran = q ? run(ix, input.value) : Promise.resolve({ hits: everyItem(ix), terms: [] });
        ran.catch(function () {});
        return facets(ix).then(function (fx) {
          return (chosen ? Promise.resolve(chosen) : readChosen(ix, fx)).then(function (c) {
            return [fx, c];
          });
        }).then(function (got) {
          var fx = got[0];
          if (stale()) { return null; }
          chosen = got[1];
          writeAddress(ix, fx, push);
          var browsing = FACETS.some(function (f) { return chosen[f].length; });
          return ran.then(function (res) {
            if (stale()) { return null; }
            var shown = q || browsing ? filterHits(ix, fx, res.hits, chosen) : [];
            // The results show first; the filters follow in a task of their own, so that neither holds up
            // the page for long. Their files load side by side.
            var filtersShown = renderFilters(ix, fx, res.hits, stale);
            return renderHits(ix, shown, res.terms, list, limit, 'cb-search-page-', stale, function (item) {
              return questionOf(ix, fx, item);
            }).then(function () {
              return filtersShown;
            }).then(function () {
              if (stale()) { return; }
              status.textContent = describe(q, shown.length, browsing);
              if (!shown.length) { list.textContent = ''; }
              more.hidden = shown.length <= limit;
              page.setAttribute('data-cb-search-state', 'ready');
            });
          });
        });
      }).catch(function (error) {
        if (!stale()) { problem(list, error); }
      });
    }

    input.addEventListener('input', debounced(function () { update(false, false); }));
    page.querySelector('form').addEventListener('submit', function (e) {
      e.preventDefault();
      update(false, true);
    });
    more.addEventListener('click', function () {
      limit += 10;
      update(true, false);
    });
    window.addEventListener('popstate', function () {
      params = new URLSearchParams(window.location.search);
      input.value = params.get('q') || '';
      chosen = null;
      update(false, false);
    });
    update(false, false);
  }

  /** On the page a result leads to (…?hl=term+term#anchor), marks the matched words. */
  function highlightLanding() {
    var hl = new URLSearchParams(window.location.search).get('hl'), set = {}, nodes = [];
    if (!hl) { return; }
    hl.split(/\s+/).forEach(function (t) { if (t) { set[t] = 1; } });
    var root = document.querySelector('main') || document.body;
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (n) {
        return n.parentNode.closest('script,style,noscript,textarea,mark.cb-search-hit,[data-cb-search],[data-cb-search-page]')
          ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    while (walker.nextNode()) { nodes.push(walker.currentNode); }
    nodes.forEach(function (node) {
      if (analyze(node.data).some(function (tok) { return set[tok.t]; })) {
        var fragment = document.createDocumentFragment();
        appendMarked(fragment, node.data, set);
        node.parentNode.replaceChild(fragment, node);
      }
    });
    var target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
    var first = (target && target.querySelector('mark.cb-search-hit')) || root.querySelector('mark.cb-search-hit');
    if (first) { first.scrollIntoView({ block: 'center' }); }
  }

  /** The excerpt a result shows of a text for the given index terms: a span with the passage, words marked. */
  function excerpt(text, terms) {
    var set = {}, node = el('span', 'cb-search-result-excerpt');
    terms.forEach(function (t) { set[t] = 1; });
    appendPassage(node, text, passage(text, set, EXCERPT_WORDS));
    return node;
  }

  return { analyze: analyze, excerpt: excerpt, open: open, run: run, renderHits: renderHits, setupPage: setupPage,
    highlightLanding: highlightLanding };
  });
}(window));
