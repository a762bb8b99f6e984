<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros/answers.ftl" as answers>
<@layout.frame>
<header class="page-header">
  <p class="eyebrow"><a href="${root}${case.url}">${case.title}</a> · Question ${question.number} of ${case.questionCount}</p>
  <h1><span class="question-number">Q${question.number}</span> ${question.prompt}</h1>
  <p class="page-meta">${question.answerCount} <#if question.answerCount == 1>answer<#else>answers</#if><#if question.answerCount gt 1>, featured first</#if></p>
</header>
<#list question.answers as a><@answers.full answer=a headingLevel=2/></#list>
<#if !question.answers?has_content><p class="empty">No answers are published for this question yet.</p></#if>
<nav class="pager" aria-label="Questions">
  <#if previous??><a class="pager-link pager-prev" rel="prev" href="${root}${previous.url}"><span class="pager-dir">← Previous</span> <span class="pager-title">Q${previous.number} ${previous.prompt}</span></a></#if>
  <a class="pager-link pager-up" href="${root}${case.url}#${question.id}"><span class="pager-dir">Back to the case</span> <span class="pager-title">${case.title}</span></a>
  <#if next??><a class="pager-link pager-next" rel="next" href="${root}${next.url}"><span class="pager-dir">Next →</span> <span class="pager-title">Q${next.number} ${next.prompt}</span></a></#if>
</nav>
</@layout.frame>
