// The demo pages' theme switch (index.html, own-content.html): sets `theme` on every lbr-* element and remembers the choice.
(function () {
  var root = document.documentElement;
  var form = document.getElementById('theme');
  function apply(theme) {
    root.setAttribute('data-theme', theme);
    var all = document.getElementsByTagName('*');
    for (var i = 0; i < all.length; i++) {
      if (all[i].localName.indexOf('lbr-') === 0) all[i].setAttribute('theme', theme);
    }
    var input = form.querySelector('input[value="' + theme + '"]');
    if (input) input.checked = true;
  }
  form.addEventListener('change', function (e) {
    var theme = e.target.value;
    try {
      localStorage.setItem('lbr-theme', theme);
    } catch (err) {}
    apply(theme);
  });
  apply(root.getAttribute('data-theme'));
})();

