(function () {
  "use strict";
  var report = { errors: [], alerts: 0 };
  window.kgReport = report;
  window.addEventListener("error", function (event) {
    // benign: the browser reports a resize it could not deliver in the same frame
    if (String(event.message).indexOf("ResizeObserver loop") === 0) { return; }
    report.errors.push(String(event.message || event.type));
    if (window.kgSync) { window.kgSync(); }
  });
  window.alert = function () {
    report.alerts += 1;
    if (window.kgSync) { window.kgSync(); }
  };
})();
