<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros/answers.ftl" as answers>
<@layout.frame>
<header class="page-header">
  <p class="eyebrow"><a href="${root}${nav.themes}">${msg("nav.themes")}</a></p>
  <h1>${theme.label}</h1>
  <p class="page-meta">${msg("count.answers", answerCount)}</p>
</header>
<#list groups as g>
<section class="theme-group">
  <h2><a href="${root}${g.case.url}">${g.case.title}</a></h2>
  <ul class="answer-excerpts"><#list g.answers as a><@answers.excerpt answer=a/></#list></ul>
</section>
</#list>
</@layout.frame>
