<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros/answers.ftl" as answers>
<@layout.frame>
<header class="page-header">
  <p class="eyebrow"><a href="${root}${case.url}">${case.title}</a> · Question ${question.number} of ${case.questionCount}</p>
  <h1>${question.prompt}</h1>
  <p class="page-meta">${question.answerCount} <#if question.answerCount == 1>answer<#else>answers</#if>, featured first</p>
</header>
<#list question.answers as a><@answers.full answer=a headingLevel=2/></#list>
<#if !question.answers?has_content><p class="empty">No answers are published for this question yet.</p></#if>
<nav class="pager" aria-label="Questions">
  <#if previous??><a rel="prev" href="${root}${previous.url}">← Q${previous.number}</a></#if>
  <a href="${root}${case.url}#${question.id}">Back to the case</a>
  <#if next??><a rel="next" href="${root}${next.url}">Q${next.number} →</a></#if>
</nav>
</@layout.frame>
