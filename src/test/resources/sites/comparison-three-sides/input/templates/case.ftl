<#ftl output_format="HTML" strip_whitespace=true>
<#setting number_format="computer">
<#--
  Fixture probe. It stands in for the built-in case page so that this fixture's expected output holds
  exactly what Casebake adds to a case's data for comparisons: the chart of themes by question with
  its table, the comparisons the case feeds, and the comparisons each answer's positions feed.
-->
<!DOCTYPE html>
<html lang="${site.language}">
<head><meta charset="utf-8"><title>${case.title}</title></head>
<body>
<#if case.themeChart??>
<figure id="theme-chart">
${case.themeChart.svg?no_esc}
<figcaption>${case.themeChart.title}. ${case.themeChart.description}</figcaption>
</figure>
<table id="theme-table">
<thead><tr><th scope="col">Theme</th><#list case.themeChart.table.columns as c><th scope="col">${c}</th></#list></tr></thead>
<tbody>
<#list case.themeChart.table.rows as r>
<tr><th scope="row">${r.label}</th><#list r.counts as n><td>${n}</td></#list></tr>
</#list>
</tbody>
</table>
<#else>
<p id="no-theme-chart">No answer with themes.</p>
</#if>
<ul id="case-comparisons"><#list case.comparisons as c><li><a href="${root}${c.url}">${c.title}</a></li></#list></ul>
<#assign seen = []>
<#list case.questions as q>
<#list q.answers as a>
<#if !seen?seq_contains(a.anchor)>
<#assign seen = seen + [a.anchor]>
<section class="answer" id="${a.anchor}">
<p class="author">${a.author}</p>
<ul class="answer-comparisons"><#list a.comparisons as c><li><a href="${root}${c.url}">${c.title}</a></li></#list></ul>
</section>
</#if>
</#list>
</#list>
</body>
</html>
