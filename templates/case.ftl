<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros/answers.ftl" as answers>
<@layout.frame>
<article class="case">
  <header class="page-header">
    <p class="eyebrow"><a href="${root}index.html">Cases</a></p>
    <h1>${case.title}<#if case.draft> <span class="badge badge-draft">Draft</span></#if></h1>
    <p class="page-meta"><time datetime="${case.date}">${case.dateText}</time> · ${case.questionCount} <#if case.questionCount == 1>question<#else>questions</#if> · ${case.answerCount} <#if case.answerCount == 1>answer<#else>answers</#if></p>
    <#if case.summary?has_content><p class="lede">${case.summary}</p></#if>
    <#if case.teachingNotesUrl??><p class="instructor-link"><a href="${root}${case.teachingNotesUrl}">Teaching notes</a> (instructor edition only)</p></#if>
  </header>
  <div class="case-text prose">${case.html?no_esc}</div>
  <#if case.citation??>
  <p class="citation">Source: <#if case.citation.author?has_content>${case.citation.author}, </#if><#if case.citation.url?has_content><a href="${case.citation.url}" rel="noopener">“${case.citation.title}”</a><#else>“${case.citation.title}”</#if><#if case.citation.publisher?has_content>, <cite>${case.citation.publisher}</cite></#if><#if case.citation.dateText?has_content>, ${case.citation.dateText}</#if>.</p>
  </#if>
  <#if case.comparisons?has_content>
  <aside class="related"><h2>Compare</h2><ul><#list case.comparisons as c><li><a href="${root}${c.url}">${c.title}</a></li></#list></ul></aside>
  </#if>
</article>
<section class="questions" aria-labelledby="questions-heading">
  <h2 id="questions-heading">Questions and answers</h2>
  <ol class="question-index">
    <#list case.questions as q><li><a href="#${q.id}">${q.prompt}</a> <span class="count">${q.answerCount}</span></li></#list>
  </ol>
  <#list case.questions as q>
  <section class="question" id="${q.id}" aria-labelledby="${q.id}-heading">
    <h3 id="${q.id}-heading"><span class="question-number">Q${q.number}</span> ${q.prompt}</h3>
    <p class="question-links"><a href="${root}${q.url}">Open this question on its own page</a> · ${q.answerCount} <#if q.answerCount == 1>answer<#else>answers</#if></p>
    <#assign shownHere = q.answers?filter(a -> a.firstQuestion == q.id)>
    <#assign shownAbove = q.answers?filter(a -> a.firstQuestion != q.id)>
    <#list shownHere as a><@answers.full answer=a headingLevel=4/></#list>
    <#if shownAbove?has_content>
    <div class="also-answered">
      <p>Also answer this question (shown in full above):</p>
      <ul><#list shownAbove as a><@answers.reference answer=a/></#list></ul>
    </div>
    </#if>
    <#if !q.answers?has_content><p class="empty">No answers are published for this question yet.</p></#if>
  </section>
  </#list>
</section>
</@layout.frame>
