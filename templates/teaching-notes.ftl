<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.frame>
<header class="page-header">
  <p class="eyebrow"><a href="${root}${case.url}">${case.title}</a> · Instructor only</p>
  <h1>${note.title}</h1>
</header>
<div class="prose teaching-notes">${note.html?no_esc}</div>
</@layout.frame>
