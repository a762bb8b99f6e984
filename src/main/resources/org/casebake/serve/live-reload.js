// Casebake live preview: added to pages by `casebake serve` only, never to the built site.
// Reloads the page after each good rebuild and shows a failed build's problems over the page.
(function () {
  'use strict';
  var script = document.currentScript;
  var pageBuild = script ? script.getAttribute('data-casebake-build') : null;
  var overlay = null;

  function hideProblems() {
    if (overlay && overlay.parentNode) {
      overlay.parentNode.removeChild(overlay);
    }
    overlay = null;
  }

  // The overlay sets every colour it shows on the element itself: the site's own stylesheet (a light
  // background for pre, its buttons, its dark palette) must not make the problems unreadable.
  var INK = 'color:#ffffff;background:transparent;';

  // Problems are shown as text only: a message may quote a student's answer.
  function showProblems(lines) {
    hideProblems();
    if (!lines.length) {
      return;
    }
    overlay = document.createElement('div');
    overlay.id = 'casebake-problems';
    overlay.setAttribute('role', 'alert');
    overlay.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;'
      + 'margin:0;padding:1rem 1.25rem;background:#2b0b0e;color:#ffffff;color-scheme:dark;text-align:left;border-top:4px solid #e5484d;'
      + 'font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 -4px 16px rgba(0,0,0,.4)';
    var title = document.createElement('p');
    title.style.cssText = INK + 'margin:0 0 .5rem;padding:0;font:inherit;font-weight:bold';
    title.textContent = 'Casebake could not rebuild the site. This page is the last good build; save a fix and it reloads.';
    var list = document.createElement('pre');
    list.style.cssText = INK + 'margin:0;padding:0;border:0;border-radius:0;font:inherit;'
      + 'white-space:pre-wrap;word-break:break-word';
    list.textContent = lines.join('\n');
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Hide';
    close.style.cssText = 'position:absolute;top:.5rem;right:.75rem;font:inherit;margin:0;padding:.1rem .6rem;'
      + 'color:#2b0b0e;background:#ffffff;border:1px solid #ffffff;border-radius:4px;cursor:pointer';
    close.addEventListener('click', hideProblems);
    overlay.appendChild(close);
    overlay.appendChild(title);
    overlay.appendChild(list);
    (document.body || document.documentElement).appendChild(overlay);
  }

  var events = new EventSource('/_casebake/events');
  events.addEventListener('reload', function () {
    window.location.reload();
  });
  // Sent when the stream (re)connects: a tab that missed a rebuild catches up.
  events.addEventListener('build', function (event) {
    if (pageBuild !== null && event.data !== pageBuild) {
      window.location.reload();
    }
  });
  events.addEventListener('problems', function (event) {
    showProblems(JSON.parse(event.data));
  });
}());
