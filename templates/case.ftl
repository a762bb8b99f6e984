<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros/answers.ftl" as answers>
<@layout.frame>
<div class="case-layout">
<nav class="case-toc" aria-label="On this page">
  <p class="case-toc-title">On this page</p>
  <ol>
    <li><a href="#case-text">The case</a></li>
    <#if case.themeChart??><li><a href="#theme-chart">${case.themeChart.title!"What the answers are about"}</a></li></#if>
    <li><a href="#questions-heading">Questions and answers</a>
      <ol class="case-toc-questions">
        <#list case.questions as q><li><a href="#${q.id}"><span class="question-number">Q${q.number}</span> <span class="case-toc-prompt">${q.prompt}</span></a></li></#list>
      </ol>
    </li>
  </ol>
  <#if case.comparisons?has_content><p class="case-toc-extra"><#list case.comparisons as c><a href="${root}${c.url}">${c.title}</a><#sep><br></#list></p></#if>
  <#if case.teachingNotesUrl??><p class="case-toc-extra"><a class="instructor-only" href="${root}${case.teachingNotesUrl}">Teaching notes</a></p></#if>
</nav>
<div class="case-main">
<article class="case">
  <header class="page-header">
    <p class="eyebrow"><a href="${root}index.html">Cases</a></p>
    <h1>${case.title}<#if case.draft> <span class="badge badge-draft">Draft</span></#if></h1>
    <p class="page-meta"><time datetime="${case.date}">${case.dateText}</time> · ${case.questionCount} <#if case.questionCount == 1>question<#else>questions</#if> · ${case.answerCount} <#if case.answerCount == 1>answer<#else>answers</#if></p>
    <#if case.summary?has_content><p class="lede">${case.summary}</p></#if>
    <#if case.teachingNotesUrl??><p class="instructor-link"><a href="${root}${case.teachingNotesUrl}">Teaching notes</a> <span>(instructor edition only)</span></p></#if>
  </header>
  <div class="case-text prose" id="case-text">${case.html?no_esc}</div>
  <#if case.citation??>
  <p class="citation">Source: <#if case.citation.author?has_content>${case.citation.author}, </#if><#if case.citation.url?has_content><a href="${case.citation.url}" rel="noopener">“${case.citation.title}”</a><#else>“${case.citation.title}”</#if><#if case.citation.publisher?has_content>, <cite>${case.citation.publisher}</cite></#if><#if case.citation.dateText?has_content>, ${case.citation.dateText}</#if>.</p>
  </#if>
  <#if case.comparisons?has_content>
  <aside class="related" aria-labelledby="related-heading"><h2 id="related-heading">Compare</h2><ul><#list case.comparisons as c><li><a href="${root}${c.url}">${c.title}</a></li></#list></ul></aside>
  </#if>
</article>
<#if case.themeChart??>
<#assign chart = case.themeChart>
<figure class="theme-chart" id="theme-chart">
  <figcaption>${chart.title!"What the answers are about"}</figcaption>
  <#if chart.description?has_content><p class="chart-description">${chart.description}</p></#if>
  <#if chart.svg?has_content><div class="chart-image">${chart.svg?no_esc}</div></#if>
  <#if chart.table?? && chart.table.rows?has_content>
  <#assign columns = chart.table.columns![]>
  <#assign countColumns = chart.table.rows[0].counts?size>
  <#-- columns may or may not name the row-label column; name it only when it is given. -->
  <#assign rowHeading = (columns?size gt countColumns)?then(columns[0], "")>
  <#assign countLabels = (columns?size gt countColumns)?then(columns[1..], columns)>
  <details class="chart-table">
    <summary>Show the numbers as a table</summary>
    <div class="table-scroll">
    <table>
      <thead><tr><th scope="col">${rowHeading}</th><#list countLabels as label><th scope="col">${label}</th></#list></tr></thead>
      <tbody>
      <#list chart.table.rows as row><tr><th scope="row">${row.label}</th><#list row.counts as n><td>${n}</td></#list></tr></#list>
      </tbody>
    </table>
    </div>
  </details>
  </#if>
</figure>
</#if>
<section class="questions" aria-labelledby="questions-heading">
  <h2 id="questions-heading">Questions and answers</h2>
  <ol class="question-index">
    <#list case.questions as q><li><a href="#${q.id}"><span class="question-number">Q${q.number}</span> <span class="question-index-prompt">${q.prompt}</span></a> <span class="count" title="${q.answerCount} <#if q.answerCount == 1>answer<#else>answers</#if>">${q.answerCount}<span class="visually-hidden"> <#if q.answerCount == 1>answer<#else>answers</#if></span></span></li></#list>
  </ol>
  <#list case.questions as q>
  <section class="question" id="${q.id}" aria-labelledby="${q.id}-heading">
    <h3 id="${q.id}-heading"><span class="question-number">Q${q.number}</span> ${q.prompt}</h3>
    <p class="question-links">${q.answerCount} <#if q.answerCount == 1>answer<#else>answers</#if><span class="question-page-link"> · <a href="${root}${q.url}">Open this question on its own page</a></span></p>
    <#assign shownHere = q.answers?filter(a -> a.firstQuestion == q.id)>
    <#assign shownAbove = q.answers?filter(a -> a.firstQuestion != q.id)>
    <#list shownHere as a><@answers.full answer=a headingLevel=4/></#list>
    <#if shownAbove?has_content>
    <div class="also-answered">
      <p class="also-answered-label">Also answer this question <span>(shown in full under an earlier question)</span></p>
      <ul><#list shownAbove as a><@answers.reference answer=a/></#list></ul>
    </div>
    </#if>
    <#if !q.answers?has_content><p class="empty">No answers are published for this question yet.</p></#if>
  </section>
  </#list>
</section>
</div>
</div>
</@layout.frame>
