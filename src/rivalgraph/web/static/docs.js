// Starts Swagger UI from the app's own files (the CSP forbids inline and remote scripts).
window.addEventListener("DOMContentLoaded", function () {
  var el = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({ url: el.dataset.specUrl, dom_id: "#swagger-ui" });
});
