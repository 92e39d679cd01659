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
    // the sentence comes from the page, in its language, with %ZONE% where the zone goes
    note.textContent = (note.getAttribute('data-text') || '%ZONE%').replace('%ZONE%', option.text);
    note.hidden = false;
  }
})();
