<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros/answers.ftl" as answers>
<@layout.frame>
<header class="page-header">
  <p class="eyebrow"><a href="${link(nav.themes)}">${msg("nav.themes")}</a></p>
  <h1>${theme.label}</h1>
  <p class="page-meta">${msg("count.answers", answerCount)}<#if pagination.count gt 1> · ${msg("pager.page", pagination.number, pagination.count)}</#if></p>
</header>
<#-- An answer to several questions is in the section of each: its first words only in the first on this page, then its name. -->
<#assign listed = {}>
<#list groups as g>
<section class="theme-group" aria-labelledby="case-${g.slug}">
  <h2 id="case-${g.slug}"><a href="${link(g.case.url)}">${g.case.title}</a></h2>
  <#list g.sections as s>
  <section class="theme-question" id="${s.id}" aria-labelledby="${s.id}-heading">
    <h3 id="${s.id}-heading"><a href="${link(s.question.url)}"><span class="question-number">${msg("question.number", s.question.number)}</span> <span class="question-prompt">${s.question.prompt}</span></a> <span class="count">${msg("number", s.count)}<span class="visually-hidden"> ${msg("word.answers", s.count)}</span></span></h3>
    <#assign first = s.answers?filter(a -> !listed[a.anchor]??)>
    <#assign again = s.answers?filter(a -> listed[a.anchor]??)>
    <#if first?has_content><ul class="answer-excerpts"><#list first as a><@answers.brief answer=a/></#list></ul></#if>
    <#if again?has_content><@answers.again answers=again/></#if>
    <#list first as a><#assign listed = listed + {a.anchor: true}></#list>
  </section>
  </#list>
</section>
</#list>
<@layout.pager pagination/>
</@layout.frame>
