<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#-- "1 strength", "2 strengths", "0 weaknesses". -->
<#function count n singular plural>
  <#return n + " " + (n == 1)?then(singular, plural)>
</#function>
<#assign standing = comparison.standing>
<#assign manyCases = comparison.cases?size gt 1>
<@layout.frame>
<header class="page-header">
  <p class="eyebrow">Comparison<#if comparison.cases?has_content> · from <#list comparison.cases as c><a href="${root}${c.url}">${c.title}</a><#sep>, </#list></#if></p>
  <h1>${comparison.title}<#if comparison.draft> <span class="badge badge-draft">Draft</span></#if></h1>
  <p class="page-meta">${comparison.sides?size} sides · ${count(comparison.rows?size, "dimension", "dimensions")} · ${standing.arguingCount} of ${count(standing.answerCount, "published answer", "published answers")} took a position</p>
</header>
<div class="prose">${comparison.html?no_esc}</div>

<figure class="chart comparison-chart-figure">
  ${comparison.chart.svg?no_esc}
  <figcaption>${comparison.chart.title}. Bars to the right count answers that call a side a strength, bars to the left a weakness; <a href="#evidence-table">the table below</a> gives every number with the answers.</figcaption>
</figure>

<section class="class-standing" aria-labelledby="standing-heading">
  <h2 id="standing-heading">Where the class stands</h2>

  <section class="standing-disputed" aria-labelledby="disputed-heading">
    <h3 id="disputed-heading">Most disputed dimensions</h3>
    <p class="definition">A position makes the case for a side: calling it a strength argues for it over the other sides, calling it a weakness argues for the other sides over it. A dimension is disputed when some answers make the case for one side over another and other answers make the opposite case. Dimensions are ranked by how many answers took the less popular view on their closest-fought pair of sides.</p>
    <#if standing.disputed?has_content>
    <ol class="disputed">
      <#list standing.disputed as d>
      <li data-dimension="${d.id}"><a href="#${d.anchor}">${d.label}</a>: ${count(d.first.count, "answer makes", "answers make")} the case for ${d.first.label}, ${d.second.count} for ${d.second.label}.</li>
      </#list>
    </ol>
    <#else>
    <p class="empty">No dimension is disputed: on every dimension argued, the class makes the case for the same side.</p>
    </#if>
  </section>

  <section class="standing-both-sides" aria-labelledby="both-sides-heading">
    <h3 id="both-sides-heading">Answers that argued both sides</h3>
    <p class="definition">An answer argued both sides when, anywhere in this comparison, it makes the case for each of two sides: it names strengths of two sides, weaknesses of two sides, or a strength and a weakness of the same side.</p>
    <#if standing.bothSides?has_content>
    <ul class="both-sides">
      <#list standing.bothSides as b>
      <li data-anchor="${b.answer.anchor}"><a href="${root}${b.answer.url}">${b.answer.author}</a><#if manyCases> <span class="evidence-case">(${b.answer.caseTitle})</span></#if>: ${b.inWords}.</li>
      </#list>
    </ul>
    <#else>
    <p class="empty">No answer argued both sides.</p>
    </#if>
  </section>

  <section class="standing-unargued" aria-labelledby="unargued-heading">
    <h3 id="unargued-heading">Dimensions nobody argued</h3>
    <#if standing.unargued?has_content>
    <p class="definition">No published answer took a position on these dimensions.</p>
    <ul class="unargued">
      <#list standing.unargued as d><li data-dimension="${d.id}"><a href="#${d.anchor}">${d.label}</a></li></#list>
    </ul>
    <#else>
    <p class="empty">Every dimension was argued by at least one answer.</p>
    </#if>
  </section>
</section>

<h2 id="evidence-heading">The comparison, with the class's evidence</h2>
<div class="table-scroll">
<table class="comparison-table" id="evidence-table">
  <caption>${comparison.title}: the instructor's summary and the class's evidence (the data of the chart above)</caption>
  <thead><tr><th scope="col">Dimension</th><#list comparison.sides as s><th scope="col">${s.label}</th></#list></tr></thead>
  <tbody>
  <#list comparison.rows as row>
    <tr id="dim-${row.id}">
      <th scope="row">${row.label}<#if !row.argued> <span class="evidence-none">(nobody argued this)</span></#if></th>
      <#list row.cells as cell>
      <td data-side="${cell.side}">
        <p>${cell.text}</p>
        <p class="evidence-counts"><span class="pro" data-count="${cell.strengths?size}">${count(cell.strengths?size, "strength", "strengths")}</span> · <span class="con" data-count="${cell.weaknesses?size}">${count(cell.weaknesses?size, "weakness", "weaknesses")}</span></p>
        <#if cell.strengths?has_content || cell.weaknesses?has_content>
        <details class="evidence"><summary>What the class said</summary>
          <ul>
          <#list cell.strengths as e><li class="pro"><span class="evidence-view">Strength:</span> <a href="${root}${e.url}">${e.author}</a><#if manyCases> <span class="evidence-case">(${e.caseTitle})</span></#if> · <span class="evidence-excerpt">${e.excerpt}</span></li></#list>
          <#list cell.weaknesses as e><li class="con"><span class="evidence-view">Weakness:</span> <a href="${root}${e.url}">${e.author}</a><#if manyCases> <span class="evidence-case">(${e.caseTitle})</span></#if> · <span class="evidence-excerpt">${e.excerpt}</span></li></#list>
          </ul>
        </details>
        </#if>
      </td>
      </#list>
    </tr>
  </#list>
  </tbody>
</table>
</div>
</@layout.frame>
