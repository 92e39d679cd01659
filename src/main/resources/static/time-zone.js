// A profile with no time zone: propose the browser's own (the person still saves the form, and may change it).
// Without this script the list simply starts at "—".
(function () {
  var select = document.getElementById('timeZone');
  var note = document.getElementById('timeZone-proposed');
  if (!select || select.value || !window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  // browsers name a few zones by their older CLDR names; the list offers the current IANA ones
  var current = {
    'Asia/Calcutta': 'Asia/Kolkata', 'Asia/Katmandu': 'Asia/Kathmandu', 'Asia/Saigon': 'Asia/Ho_Chi_Minh',
    'Asia/Rangoon': 'Asia/Yangon', 'Europe/Kiev': 'Europe/Kyiv', 'America/Godthab': 'America/Nuuk',
    'Atlantic/Faeroe': 'Atlantic/Faroe', 'Pacific/Truk': 'Pacific/Chuuk', 'Pacific/Ponape': 'Pacific/Pohnpei',
    'Pacific/Enderbury': 'Pacific/Kanton', 'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
    'America/Indianapolis': 'America/Indiana/Indianapolis', 'America/Louisville': 'America/Kentucky/Louisville'
  };
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  zone = current[zone] || zone;
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
