/* Le Matin Numérique — app.js (minified build 2025-05-19) */
(function(){"use strict";var d=document;function ready(f){if(d.readyState!=="loading"){f()}else{d.addEventListener("DOMContentLoaded",f)}}
ready(function(){var s=d.querySelectorAll(".partage a");for(var i=0;i<s.length;i++){s[i].addEventListener("click",function(e){e.preventDefault();window.open(this.href,"partage","width=600,height=400")})}
var t=d.querySelector("time");if(t){t.title=new Date(t.getAttribute("datetime")).toLocaleString("fr-FR")}});
window.MN_ANALYTICS={site:"lematinnumerique",section:"economie",id:"20250521-cloud"};})();
