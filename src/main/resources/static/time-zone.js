// A profile with no time zone: propose the browser's own (the person still saves the form, and may change it).
// Without this script the list simply starts at "—".
(function () {
  var select = document.getElementById('timeZone');
  var note = document.getElementById('timeZone-proposed');
  if (!select || select.value || !window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var option = zone && Array.prototype.find.call(select.options, function (o) { return o.value === zone; });
  if (!option) {
    return;
  }
  select.value = zone;
  if (note) {
    note.textContent = 'Proposed from your browser: ' + option.text + '. Change it if it is not where you work.';
    note.hidden = false;
  }
})();
