// Casebake curation view: served by `casebake serve --audience instructor` only, never part of a built site.
// Sends each change to the preview, which rewrites that one answer file, then reloads the page with the result.
// Keys: j/k next/previous answer, c curate, r reject, f feature or unfeature, u undo the last change.
(function () {
  'use strict';
  var STORE = 'casebake-curate';
  var token = document.querySelector('meta[name="casebake-token"]').getAttribute('content');
  var endpoint = new URL('../change', window.location.href).href;
  var answers = Array.prototype.slice.call(document.querySelectorAll('[data-answer-file]'));
  var message = document.getElementById('curate-message');
  var error = document.getElementById('curate-error');
  var current = -1;

  function answerOf(element) {
    return element && element.closest ? element.closest('[data-answer-file]') : null;
  }

  function select(index) {
    if (!answers.length) {
      return;
    }
    current = Math.max(0, Math.min(answers.length - 1, index));
    answers.forEach(function (a, i) { a.classList.toggle('curate-current', i === current); });
    answers[current].focus();
    answers[current].scrollIntoView({ block: 'nearest' });
  }

  function say(text) {
    if (message) {
      message.textContent = text;
    }
  }

  function fail(text) {
    say('');
    if (error) {
      error.textContent = text;
    }
  }

  function send(fields, answer) {
    var body = new URLSearchParams();
    Object.keys(fields).forEach(function (name) {
      [].concat(fields[name]).forEach(function (value) { body.append(name, value); });
    });
    if (answer) {
      body.set('file', answer.getAttribute('data-answer-file'));
      body.set('version', answer.getAttribute('data-version'));
    }
    if (error) {
      error.textContent = '';
    }
    say('Saving…');
    return fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-Casebake-Token': token, 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      body: body.toString()
    }).then(function (response) {
      return response.json().then(function (json) { return { ok: response.ok, json: json }; });
    }).then(function (result) {
      if (!result.ok) {
        fail(result.json.message);
        return;
      }
      window.sessionStorage.setItem(STORE, JSON.stringify({ message: result.json.message, file: result.json.file }));
      window.location.reload();
    }).catch(function (e) {
      fail('The preview did not answer (is casebake serve still running?): ' + e);
    });
  }

  function value(answer, selector) {
    var element = answer.querySelector(selector);
    return element ? element.value : '';
  }

  function act(action, answer, button) {
    if (action === 'undo') {
      return send({ action: 'undo' }, null);
    }
    if (!answer) {
      fail('Choose an answer first: press j, or move to one with Tab.');
      return null;
    }
    var fields = { action: action };
    if (action === 'set-questions') {
      fields.questions = Array.prototype.map.call(answer.querySelectorAll('input[name="questions"]:checked'),
        function (box) { return box.value; });
    } else if (action === 'add-theme') {
      fields.theme = value(answer, 'select[name="theme"]');
    } else if (action === 'remove-theme') {
      fields.theme = button.getAttribute('data-value');
    } else if (action === 'remove-position') {
      fields.index = button.getAttribute('data-value');
    } else if (action === 'add-position') {
      var view = answer.querySelector('.curate-view input:checked');
      fields.dimension = value(answer, 'select[name="dimension"]');
      fields.side = value(answer, 'select[name="side"]');
      fields.view = view ? view.value : '';
      fields.quote = value(answer, 'textarea[name="quote"]');
    }
    return send(fields, answer);
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[data-action]') : null;
    if (button) {
      event.preventDefault();
      act(button.getAttribute('data-action'), answerOf(button), button);
    }
  });

  document.addEventListener('focusin', function (event) {
    var answer = answerOf(event.target);
    if (answer) {
      current = answers.indexOf(answer);
      answers.forEach(function (a) { a.classList.toggle('curate-current', a === answer); });
    }
  });

  // A passage selected in an answer's text becomes the quote of the position about to be added.
  document.addEventListener('selectionchange', function () {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.anchorNode) {
      return;
    }
    var node = selection.anchorNode.nodeType === 1 ? selection.anchorNode : selection.anchorNode.parentElement;
    var source = node && node.closest ? node.closest('[data-passage-source]') : null;
    var quote = source ? answerOf(source).querySelector('textarea[name="quote"]') : null;
    if (quote) {
      quote.value = selection.toString().replace(/\s+/g, ' ').trim();
      quote.closest('details').open = true;
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
      return;
    }
    var target = event.target;
    if (target.closest && target.closest('input, textarea, select, [contenteditable]')) {
      return;
    }
    var answer = current >= 0 ? answers[current] : null;
    var handled = true;
    switch (event.key) {
      case 'j': select(current + 1); break;
      case 'k': select(current < 0 ? 0 : current - 1); break;
      case 'c': act('curate', answer); break;
      case 'r': act('reject', answer); break;
      case 'f': act(answer && answer.getAttribute('data-featured') === 'true' ? 'unfeature' : 'feature', answer); break;
      case 'u': act('undo', null); break;
      default: handled = false;
    }
    if (handled) {
      event.preventDefault();
    }
  });

  // After a change the page reloads: say what was done and go back to the answer it was done to.
  var stored = window.sessionStorage.getItem(STORE);
  if (stored) {
    window.sessionStorage.removeItem(STORE);
    var last = JSON.parse(stored);
    // Set a moment after the load, so that screen readers announce the live region's new text.
    window.setTimeout(function () { say(last.message || ''); }, 300);
    var index = answers.findIndex(function (a) { return a.getAttribute('data-answer-file') === last.file; });
    if (index >= 0) {
      select(index);
    }
  }
})();
