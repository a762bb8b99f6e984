<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros/answers.ftl" as answers>
<@layout.frame>
<div class="case-layout">
<nav class="case-toc" aria-label="${msg("case.toc.title")}">
  <p class="case-toc-title">${msg("case.toc.title")}</p>
  <ol>
    <li><a href="#case-text">${msg("case.toc.text")}</a></li>
    <#if case.themeChart??><li><a href="#theme-chart">${case.themeChart.title!msg("case.theme-chart.title")}</a></li></#if>
    <li><a href="#questions-heading">${msg("case.questions.title")}</a>
      <ol class="case-toc-questions">
        <#list case.questions as q><li><a href="#${q.id}"><span class="question-number">${msg("question.number", q.number)}</span> <span class="case-toc-prompt">${q.prompt}</span></a></li></#list>
      </ol>
    </li>
  </ol>
  <#if case.comparisons?has_content><p class="case-toc-extra"><#list case.comparisons as c><a href="${link(c.url)}">${c.title}</a><#sep><br></#list></p></#if>
  <#if case.teachingNotesUrl??><p class="case-toc-extra"><a class="instructor-only" href="${link(case.teachingNotesUrl)}">${msg("case.teaching-notes")}</a></p></#if>
</nav>
<div class="case-main">
<article class="case">
  <header class="page-header">
    <p class="eyebrow"><a href="${root}index.html">${msg("nav.cases")}</a></p>
    <h1>${case.title}<#if case.draft> <span class="badge badge-draft">${msg("badge.draft")}</span></#if></h1>
    <p class="page-meta"><time datetime="${case.date}">${case.dateText}</time> · ${msg("count.questions", case.questionCount)} · ${msg("count.answers", case.answerCount)}</p>
    <#if case.summary?has_content><p class="lede">${case.summary}</p></#if>
    <#if case.teachingNotesUrl??><p class="instructor-link"><a href="${link(case.teachingNotesUrl)}">${msg("case.teaching-notes")}</a> <span>${msg("case.teaching-notes.edition")}</span></p></#if>
  </header>
  <div class="case-text prose" id="case-text">${case.html?no_esc}</div>
  <#if case.citation??>
  <p class="citation">${msg("case.citation.source")} <#if case.citation.author?has_content>${case.citation.author}, </#if><#if case.citation.url?has_content><a href="${case.citation.url}" rel="noopener">${msg("case.citation.title", case.citation.title)}</a><#else>${msg("case.citation.title", case.citation.title)}</#if><#if case.citation.publisher?has_content>, <cite>${case.citation.publisher}</cite></#if><#if case.citation.dateText?has_content>, ${case.citation.dateText}</#if>.</p>
  </#if>
  <#if case.comparisons?has_content>
  <aside class="related" aria-labelledby="related-heading"><h2 id="related-heading">${msg("case.related.title")}</h2><ul><#list case.comparisons as c><li><a href="${link(c.url)}">${c.title}</a></li></#list></ul></aside>
  </#if>
</article>
<#if case.themeChart??>
<#assign chart = case.themeChart>
<figure class="theme-chart" id="theme-chart">
  <figcaption>${chart.title!msg("case.theme-chart.title")}</figcaption>
  <#if chart.description?has_content><p class="chart-description">${chart.description}</p></#if>
  <#if chart.svg?has_content><div class="chart-image" tabindex="0" role="group" aria-label="${chart.title!msg("case.theme-chart.title")}">${chart.svg?no_esc}</div></#if>
  <#if chart.table?? && chart.table.rows?has_content>
  <#assign columns = chart.table.columns![]>
  <#assign countColumns = chart.table.rows[0].counts?size>
  <#-- columns may or may not name the row-label column; name it only when it is given. -->
  <#assign rowHeading = (columns?size gt countColumns)?then(columns[0], "")>
  <#assign countLabels = (columns?size gt countColumns)?then(columns[1..], columns)>
  <details class="chart-table">
    <summary>${msg("chart.table.show")}</summary>
    <div class="table-scroll">
    <table>
      <thead><tr><th scope="col">${rowHeading}</th><#list countLabels as label><th scope="col">${label}</th></#list></tr></thead>
      <tbody>
      <#list chart.table.rows as row><tr><th scope="row">${row.label}</th><#list row.counts as n><td><#if (row.urls[n?index])?has_content><a href="${link(row.urls[n?index])}">${msg("number", n)}<span class="visually-hidden"> ${msg("word.answers", n)}</span></a><#else>${msg("number", n)}</#if></td></#list></tr></#list>
      </tbody>
    </table>
    </div>
  </details>
  </#if>
</figure>
</#if>
<section class="questions" aria-labelledby="questions-heading">
  <h2 id="questions-heading">${msg("case.questions.title")}</h2>
  <ol class="question-index">
    <#list case.questions as q><li><a href="#${q.id}"><span class="question-number">${msg("question.number", q.number)}</span> <span class="question-index-prompt">${q.prompt}</span></a> <span class="count" title="${msg("count.answers", q.answerCount)}">${msg("number", q.answerCount)}<span class="visually-hidden"> ${msg("word.answers", q.answerCount)}</span></span></li></#list>
  </ol>
  <#list case.questions as q>
  <section class="question" id="${q.id}" aria-labelledby="${q.id}-heading">
    <h3 id="${q.id}-heading"><span class="question-number">${msg("question.number", q.number)}</span> ${q.prompt}</h3>
    <p class="question-links">${msg("count.answers", q.answerCount)}<#if q.answerCount gt 0><span class="question-page-link"> · <a href="${link(q.url)}">${msg("case.question.own-page")}<span class="visually-hidden"> (${msg("question.number", q.number)})</span></a></span></#if></p>
    <#if q.featured?has_content><ul class="answer-excerpts"><#list q.featured as a><@answers.excerpt answer=a/></#list></ul></#if>
    <#if q.answerCount == 0><p class="empty">${msg("question.no-answers")}</p></#if>
  </section>
  </#list>
</section>
</div>
</div>
</@layout.frame>
