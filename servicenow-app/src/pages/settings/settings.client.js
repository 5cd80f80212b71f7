// The admin's settings page: the core's settings (getSettings), the same policy preview as the Jira app's admin page
// (previewPolicy, which replays the recorded resolutions with the edited settings) and saving (saveSettings, which
// checks them as the core does), through the XLoop API with the signed-in experience admin's roles.
(() => {
  var status = document.getElementById('xloop-status');
  var escape = (text) => {
    var div = document.createElement('div');
    div.textContent = text == null ? '' : String(text);
    return div.innerHTML;
  };
  var call = (name, payload, done) => {
    var request = new XMLHttpRequest();
    request.open('POST', '/api/x_xloop/xloop/call/' + name);
    request.setRequestHeader('Content-Type', 'application/json');
    request.setRequestHeader('X-UserToken', window.g_ck);
    request.onload = () => {
      var body = JSON.parse(request.responseText || '{}');
      var result = body.result || body;
      if (request.status !== 200) {
        var error = result.error || {};
        var details = (error.details || []).map((d) => '<li>' + escape(d.message) + '</li>').join('');
        status.innerHTML =
          '<p class="error" role="alert">' +
          escape(error.message || 'Failed.') +
          '</p>' +
          (details ? '<ul>' + details + '</ul>' : '');
        return;
      }
      done(result.value);
    };
    request.send(JSON.stringify(payload || {}));
  };
  var edited = () => {
    try {
      return JSON.parse(document.getElementById('xloop-settings').value);
    } catch (e) {
      status.innerHTML =
        '<p class="error" role="alert">The settings are not JSON: ' + escape(e.message) + '</p>';
      return undefined;
    }
  };
  call('getSettings', {}, (settings) => {
    document.getElementById('xloop-settings').value = JSON.stringify(settings, null, 2);
  });
  document.getElementById('xloop-preview').onclick = () => {
    var settings = edited();
    if (settings === undefined) return;
    status.textContent = 'Replaying…';
    call('previewPolicy', { settings: settings, days: 30 }, (preview) => {
      status.textContent = 'With these settings, over the last 30 days:';
      document.getElementById('xloop-preview-result').innerHTML = Object.keys(preview)
        .filter((key) => typeof preview[key] === 'number')
        .map((key) => '<tr><th>' + escape(key) + '</th><td>' + escape(preview[key]) + '</td></tr>')
        .join('');
    });
  };
  document.getElementById('xloop-save').onclick = () => {
    var settings = edited();
    if (settings === undefined) return;
    call('saveSettings', { settings: settings }, () => {
      status.textContent = 'Saved.';
    });
  };
})();
