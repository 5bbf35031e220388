/*
 * Template editor: a variable chip inserts its %name% where the person was typing (the last text
 * field of a channel they were in, else the first channel's text) and fires the field's keyup, so
 * the preview and the SMS counter update as if it had been typed.
 */
(function () {
  var lastFieldId = null;

  document.addEventListener('focusin', function (event) {
    var field = event.target;
    var typed = field.tagName === 'TEXTAREA' || (field.tagName === 'INPUT' && field.type === 'text');
    if (typed && field.closest('.channel-panel')) {
      lastFieldId = field.id;
    }
  });

  window.cascadeInsertVariable = function (chip) {
    var field = (lastFieldId && document.getElementById(lastFieldId))
        || document.querySelector('.channel-panel textarea');
    if (!field) {
      return;
    }
    var text = chip.getAttribute('data-variable');
    var start = field.selectionStart == null ? field.value.length : field.selectionStart;
    var end = field.selectionEnd == null ? field.value.length : field.selectionEnd;
    field.value = field.value.slice(0, start) + text + field.value.slice(end);
    field.focus();
    field.setSelectionRange(start + text.length, start + text.length);
    window.jQuery(field).trigger('keyup');
  };
})();
