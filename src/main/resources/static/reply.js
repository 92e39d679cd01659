// A discussion's "Quote" buttons: the quote goes in at the cursor of the reply being typed, without leaving the
// page. Without this script the button sends the reply form, and the server shows it again with what was typed and
// the quote after it; if fetching the quote fails, the script falls back to that.
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('button[name="quote"][form]');
  var form = button && document.getElementById(button.getAttribute('form'));
  var box = form && form.querySelector('textarea[name="body"]');
  if (!box || !window.fetch || !window.DOMParser || !box.setRangeText) {
    return;
  }
  event.preventDefault();
  var start = box.selectionStart;
  var end = box.selectionEnd;
  fetch(window.location.pathname + '?quote=' + encodeURIComponent(button.value), { credentials: 'same-origin' })
    .then(function (answer) {
      if (!answer.ok) {
        throw new Error('status ' + answer.status);
      }
      return answer.text();
    })
    .then(function (html) {
      var page = new DOMParser().parseFromString(html, 'text/html');
      var quoted = page.querySelector('textarea[name="body"]');
      var text = quoted ? quoted.textContent : '';
      if (!text) {
        throw new Error('no quote');
      }
      var before = box.value.slice(0, start);
      if (before && !/\n\n$/.test(before)) {
        text = (/\n$/.test(before) ? '\n' : '\n\n') + text;
      }
      box.setRangeText(text, start, end, 'end');
      if (!form.querySelector('input[name="quotes"]')) {
        var quotes = document.createElement('input');
        quotes.type = 'hidden';
        quotes.name = 'quotes';
        quotes.value = button.value;
        form.appendChild(quotes);
      }
      box.focus();
    })
    .catch(function () {
      if (form.requestSubmit) {
        form.requestSubmit(button);
      } else {
        form.submit();
      }
    });
});

// A page's "Comment on this passage" links: the passage's new-thread form opens in place, beside the passage, without
// leaving the page. Without this script the link loads the page with that form open (?comment-on=n#new-thread); if
// fetching the form fails, the script follows the link to do that.
document.addEventListener('click', function (event) {
  var target = event.target.closest ? event.target : null;
  var cancel = target && target.closest('#new-thread a.cancel');
  if (cancel && cancel.getAttribute('data-opened')) {
    event.preventDefault();
    var opened = document.getElementById('new-thread');
    var from = document.getElementById(cancel.getAttribute('data-opened'));
    opened.parentNode.removeChild(opened);
    if (from) {
      from.focus();
    }
    return;
  }
  var link = target && target.closest('a.comment-on');
  if (!link || !window.fetch || !window.DOMParser) {
    return;
  }
  event.preventDefault();
  var open = document.getElementById('new-thread');
  var box = open && open.querySelector('textarea');
  if (box && box.value) {
    // one form at a time, and never one that holds words typed
    box.focus();
    return;
  }
  if (open) {
    open.parentNode.removeChild(open);
  }
  fetch(link.href, { credentials: 'same-origin' })
    .then(function (answer) {
      if (!answer.ok) {
        throw new Error('status ' + answer.status);
      }
      return answer.text();
    })
    .then(function (html) {
      var form = new DOMParser().parseFromString(html, 'text/html').getElementById('new-thread');
      if (!form) {
        throw new Error('no form');
      }
      form = document.importNode(form, true);
      if (!link.id) {
        link.id = 'comment-on-' + Date.now();
      }
      form.querySelector('a.cancel').setAttribute('data-opened', link.id);
      link.parentNode.insertBefore(form, link.nextSibling);
      form.querySelector('textarea').focus();
    })
    .catch(function () {
      window.location.href = link.href;
    });
});
