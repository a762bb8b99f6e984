<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros/answers.ftl" as answers>
<@layout.frame>
<header class="page-header">
  <p class="eyebrow"><a href="${link(case.url)}">${case.title}</a> · ${msg("question.eyebrow", question.number, case.questionCount)}</p>
  <h1><span class="question-number">${msg("question.number", question.number)}</span> ${question.prompt}</h1>
  <p class="page-meta"><#if question.answerCount gt 1>${msg("question.meta.featured-first", msg("count.answers", question.answerCount))}<#else>${msg("count.answers", question.answerCount)}</#if><#if pagination.count gt 1> · ${msg("pager.page", pagination.number, pagination.count)}</#if></p>
</header>
<#if themes?has_content>
<nav class="question-themes" aria-labelledby="question-themes-heading">
  <h2 id="question-themes-heading">${msg("question.themes.title")}</h2>
  <ul class="theme-list">
    <#list themes as t><li><a href="${link(t.url)}"><span class="theme-label">${t.label}</span> <span class="count">${msg("number", t.count)}<span class="visually-hidden"> ${msg("word.answers", t.count)}</span></span></a></li></#list>
  </ul>
</nav>
</#if>
<#assign shownHere = entries?filter(e -> e.full)>
<#assign shownElsewhere = entries?filter(e -> !e.full)>
<#list shownHere as e><@answers.full answer=e.answer headingLevel=2 question=question.id/></#list>
<#if shownElsewhere?has_content>
<section class="also-answered" aria-labelledby="also-answered-heading">
  <h2 id="also-answered-heading" class="also-answered-label">${msg("case.also-answered")} <span>${msg("case.also-answered.note")}</span></h2>
  <ul><#list shownElsewhere as e><@answers.reference answer=e.answer url=e.url/></#list></ul>
</section>
</#if>
<#if !entries?has_content><p class="empty">${msg("question.no-answers")}</p></#if>
<@layout.pager pagination/>
<nav class="pager" aria-label="${msg("question.pager.label")}">
  <#if previous??><a class="pager-link pager-prev"<#if pagination.count == 1> rel="prev"</#if> href="${link(previous.url)}"><span class="pager-dir">${msg("pager.previous")}</span> <span class="pager-title">${msg("question.number", previous.number)} ${previous.prompt}</span></a></#if>
  <a class="pager-link pager-up" href="${link(case.url)}#${question.id}"><span class="pager-dir">${msg("pager.back-to-case")}</span> <span class="pager-title">${case.title}</span></a>
  <#if next??><a class="pager-link pager-next"<#if pagination.count == 1> rel="next"</#if> href="${link(next.url)}"><span class="pager-dir">${msg("pager.next")}</span> <span class="pager-title">${msg("question.number", next.number)} ${next.prompt}</span></a></#if>
</nav>
</@layout.frame>
