// Draws the link chart with Cytoscape.js; choosing a defector opens his case. Labels keep a readable size at every
// zoom (those too small to read are left out until one zooms in), a search marks what it finds, and each kind of
// node can be shown or hidden.
(function () {
    'use strict';
    // The graph comes as data on its element: no inline script, so the pages' policy allows none.
    var graph = JSON.parse(document.getElementById('links-graph').dataset.graph);
    var colours = { defector: '#0b4f8a', service: '#8a1c0b', place: '#1d6b2a', recipient: '#7a5600' };
    var elements = graph.nodes.map(function (n) {
        return { data: { id: n.id, label: n.label, kind: n.kind, href: n.href } };
    }).concat(graph.links.map(function (l, i) {
        return { data: { id: 'link-' + i, source: l.source, target: l.target, label: l.label } };
    }));
    var cy = cytoscape({
        container: document.getElementById('links-graph'),
        elements: elements,
        minZoom: 0.2,
        maxZoom: 4,
        style: [
            { selector: 'node', style: {
                'label': 'data(label)', 'font-size': 15, 'color': '#1b1f24', 'text-valign': 'bottom',
                'text-margin-y': 4, 'width': 16, 'height': 16,
                'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2,
                'min-zoomed-font-size': 10,
                'background-color': function (n) { return colours[n.data('kind')] || '#4a5360'; } } },
            { selector: 'node[kind = "defector"]', style: { 'width': 22, 'height': 22, 'font-weight': 'bold', 'z-index': 2 } },
            { selector: 'edge', style: { 'width': 1, 'line-color': '#c9ced6', 'curve-style': 'bezier' } },
            { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#e0a100' } },
            { selector: 'node.found', style: { 'border-width': 4, 'border-color': '#e0a100', 'font-size': 18, 'z-index': 9, 'min-zoomed-font-size': 0 } },
            { selector: '.faded', style: { 'opacity': 0.2 } }
        ],
        layout: { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, nodeRepulsion: 16000, idealEdgeLength: 100 }
    });
    cy.on('tap', 'node', function (event) {
        var href = event.target.data('href');
        if (href) {
            window.location.href = href;
        }
    });

    var find = document.getElementById('links-find');
    var said = document.getElementById('links-found');
    function search() {
        var text = find.value.trim().toLowerCase();
        cy.elements().removeClass('found faded');
        if (!text) {
            said.textContent = '';
            return;
        }
        var found = cy.nodes(':visible').filter(function (n) { return n.data('label').toLowerCase().indexOf(text) >= 0; });
        if (found.length === 0) {
            said.textContent = 'Nothing in the chart is called “' + find.value.trim() + '”.';
            return;
        }
        var near = found.closedNeighborhood();
        cy.elements().not(near).addClass('faded');
        found.addClass('found');
        cy.fit(near, 40);
        said.textContent = found.length + ' found: ' + found.map(function (n) { return n.data('label'); }).join(', ') + '.';
    }
    find.addEventListener('input', search);

    document.querySelectorAll('.links-tools input[name=kind]').forEach(function (box) {
        box.addEventListener('change', function () {
            var nodes = cy.nodes('[kind = "' + box.value + '"]');
            if (box.checked) {
                nodes.style('display', 'element');
            } else {
                nodes.style('display', 'none');
            }
            search();
        });
    });
    window.havenCytoscape = cy;
}());
