<#ftl output_format="HTML">
<p>${question?api.getClass().getClassLoader()}</p>
