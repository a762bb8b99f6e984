<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.frame>
<section class="hero">
  <#if site.course.code?has_content><p class="eyebrow">${site.course.code}<#if site.course.term?has_content> · ${site.course.term}</#if></p></#if>
  <h1>${site.title}</h1>
  <#if site.description?has_content><p class="lede">${site.description}</p></#if>
  <#if site.course.name?has_content || site.course.instructor?has_content>
  <p class="course"><#if site.course.name?has_content>${site.course.name}</#if><#if site.course.name?has_content && site.course.instructor?has_content> · </#if><#if site.course.instructor?has_content>${site.course.instructor}</#if></p>
  </#if>
</section>
<section class="home-section" aria-labelledby="cases-heading">
  <h2 id="cases-heading">Cases</h2>
  <#if cases?has_content>
  <ul class="cards case-cards">
    <#list cases as c>
    <li class="card case-card">
      <div class="card-main">
        <p class="card-date"><time datetime="${c.date}">${c.dateText}</time></p>
        <h3><a class="card-link" href="${root}${c.url}">${c.title}</a><#if c.draft> <span class="badge badge-draft">Draft</span></#if></h3>
        <#if c.summary?has_content><p class="card-summary">${c.summary}</p></#if>
      </div>
      <dl class="card-counts">
        <div><dt><#if c.questionCount == 1>question<#else>questions</#if></dt><dd>${c.questionCount}</dd></div>
        <div><dt><#if c.answerCount == 1>answer<#else>answers</#if></dt><dd>${c.answerCount}</dd></div>
        <#if c.featuredCount gt 0><div class="featured-count"><dt>featured</dt><dd>${c.featuredCount}</dd></div></#if>
      </dl>
    </li>
    </#list>
  </ul>
  <#else>
  <p class="empty">No cases are published yet.</p>
  </#if>
</section>
<#if comparisons?has_content>
<section class="home-section" aria-labelledby="comparisons-heading">
  <h2 id="comparisons-heading">Comparisons</h2>
  <ul class="cards comparison-cards">
    <#list comparisons as c>
    <li class="card comparison-card">
      <div class="card-main">
        <h3><a class="card-link" href="${root}${c.url}">${c.title}</a><#if c.draft> <span class="badge badge-draft">Draft</span></#if></h3>
        <#if c.excerpt?has_content><p class="card-summary">${c.excerpt}</p></#if>
        <p class="card-meta">${c.sideCount} sides · ${c.dimensionCount} <#if c.dimensionCount == 1>dimension<#else>dimensions</#if></p>
      </div>
    </li>
    </#list>
  </ul>
</section>
</#if>
<#if themeCount gt 0>
<p class="browse-more"><a class="button" href="${root}${nav.themes}">Browse ${answerCount} <#if answerCount == 1>answer<#else>answers</#if> by ${themeCount} <#if themeCount == 1>theme<#else>themes</#if></a></p>
</#if>
</@layout.frame>
